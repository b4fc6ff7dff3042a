//! mistake: wrote `.ok()?` on each fetch expecting the failed URLs to be skipped from the dict, as Python's `try/except: continue`
//! offending: fetch(u).await.ok()?
//! category: try
use std::collections::HashMap;
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.contains("/bad") {
        Err(FetchError(format!("502 from {url}")))
    } else {
        Ok(format!("<html><a href=\"{url}/next\">next</a></html>"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string(), "https://example.com/bad".to_string()];
    let mut ok: HashMap<&String, String> = HashMap::new();
    for u in &urls {
        ok.insert(u, fetch(u).await.ok()?);
    }
    println!("{} of {} fetched", ok.len(), urls.len());
}
