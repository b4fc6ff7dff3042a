//! mistake: `concurrency` passed like a Python keyword argument after a comma, not after `;`
//! offending: , concurrency
//! category: syntax
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages = acomp![fetch(u).await for u in &urls, concurrency = 8];
    println!("{pages:?}");
}
