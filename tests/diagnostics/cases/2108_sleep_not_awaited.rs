//! mistake: rate-limited each request with `tokio::time::sleep(..)` but forgot its `.await` (Python's `asyncio.sleep` without `await`)
//! offending: tokio::time::sleep(Duration::from_millis(200))
//! category: lint
use comprehensions::acomp;
use std::time::Duration;

struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.contains("/bad") {
        Err(FetchError(format!("502 from {url}")))
    } else {
        Ok(format!("<html>{url}</html>"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string(), "https://example.com/bad".to_string()];
    let bodies = acomp![{ tokio::time::sleep(Duration::from_millis(200)); fetch(u).await } for u in &urls];
    for b in bodies {
        match b {
            Ok(body) => println!("{body}"),
            Err(e) => println!("error: {}", e.0),
        }
    }
}
