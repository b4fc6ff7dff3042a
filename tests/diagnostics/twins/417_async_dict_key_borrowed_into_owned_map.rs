//! offending: codes.insert(url
use std::collections::HashMap;

async fn status(url: &str) -> u16 {
    if url.ends_with("/health") { 200 } else { 404 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/health".to_string(), "https://b.example/x".to_string()];
    let mut codes: HashMap<String, u16> = HashMap::new();
    for url in &urls {
        codes.insert(url, status(url).await);
    }
    println!("{:?}", codes);
}
