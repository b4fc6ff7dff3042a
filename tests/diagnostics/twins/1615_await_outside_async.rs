//! mistake: an eager `acomp!` (Python's `[await f(u) for u in urls]`) inside a plain `fn`, which cannot await
//! offending: fetch_len(u).await
//! category: async
use std::time::Duration;

async fn fetch_len(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len() * 10
}

fn page_sizes(urls: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch_len(u).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    println!("{:?}", page_sizes(&urls));
}
