//! mistake: the `in` of a `for` clause left out while typing a concurrent fetch
//! offending: u &urls
//! category: syntax
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/bb".to_string()];
    let mut sizes = Vec::new();
    for u &urls {
        sizes.push(fetch(u).await);
    }
    println!("{sizes:?}");
}
