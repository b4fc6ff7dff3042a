//! mistake: `fetch(u)?.await` (the `?` before `.await`) in an async comprehension
//! offending: fetch(u)?
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<html>{url}</html>"))
}

async fn crawl(urls: &[&str]) -> Result<Vec<String>, String> {
    // Python: return [await fetch(u) for u in urls]
    let pages = acomp![fetch(u)?.await for u in urls]?;
    Ok(pages)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", crawl(&["a", "b"]).await);
}
