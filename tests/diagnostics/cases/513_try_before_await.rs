//! mistake: `fetch(u)?.await`: `?` written before `.await` (Python's `await fetch(u)` order confusion)
//! offending: fetch(u)?
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<html>{url}</html>"))
}

async fn pages(urls: &[&str]) -> Result<Vec<String>, String> {
    acomp![fetch(u)?.await for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", pages(&["a"]).await);
}
