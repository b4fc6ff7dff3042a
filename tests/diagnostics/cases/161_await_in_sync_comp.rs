//! mistake: `.await` in the element of a synchronous `comp!` inside an async fn (should be `acomp!`)
//! offending: .await
//! category: async
use comprehensions::comp;

async fn fetch_title(url: &str) -> String {
    format!("title of {url}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let titles = comp![fetch_title(u).await for u in &urls];
    println!("{titles:?}");
}
