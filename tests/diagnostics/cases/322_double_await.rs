//! mistake: both Python's prefix `await` and Rust's `.await` on the same call, `await fetch(u).await`
//! offending: await fetch(u).await
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages = acomp![await fetch(u).await for u in &urls];
    println!("{pages:?}");
}
