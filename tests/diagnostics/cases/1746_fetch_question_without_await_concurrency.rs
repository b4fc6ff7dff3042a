//! mistake: `?` directly on the async fetch's future, `.await` forgotten, under `concurrency`
//! offending: fetch(u)?
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    Ok(format!("<html>{url}</html>"))
}

async fn fetch_all(urls: &[String]) -> Result<Vec<String>, FetchError> {
    acomp![fetch(u)? for u in urls; concurrency = 8]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string()];
    println!("{:?}", fetch_all(&urls).await);
}
