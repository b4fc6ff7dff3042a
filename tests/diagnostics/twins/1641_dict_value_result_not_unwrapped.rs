//! mistake: an async dict comprehension whose value is the awaited `Result`, where the map's value type is `String`
//! offending: fetch(u).await
//! category: type
use std::collections::HashMap;
use std::time::Duration;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let mut pages: HashMap<String, String> = HashMap::new();
    for u in &urls {
        pages.insert(u.clone(), fetch(u).await);
    }
    println!("{pages:?}");
}
