//! mistake: an async dict over &urls keys by &String, annotated HashMap<String, u16>
//! offending: url: status(url).await
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

async fn status(url: &str) -> u16 {
    if url.ends_with("/health") { 200 } else { 404 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/health".to_string(), "https://b.example/x".to_string()];
    // Python: codes = {url: await status(url) for url in urls}
    let codes: HashMap<String, u16> = acomp!({url: status(url).await for url in &urls});
    println!("{:?}", codes);
}
