//! mistake: `.await?` on a Result inside an async fn returning `Option<Vec<_>>` (wants `.ok()?`)
//! offending: fetch(u).await?
//! category: try
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    Ok(url.to_uppercase())
}

async fn titles(urls: &[&str]) -> Option<Vec<String>> {
    acomp![fetch(u).await? for u in urls; concurrency = 3]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", titles(&["a", "b"]).await);
}
