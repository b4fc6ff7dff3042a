//! mistake: `concurrency: 4` written like a keyword argument's annotation instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/bb".to_string()];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency: 4];
    println!("{sizes:?}");
}
