//! mistake: calling an async fn in the element without `.await` (Python's missing `await`)
//! offending: fetch(u)
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = acomp![fetch(u) for u in &urls];
    println!("{}", pages.len());
}
