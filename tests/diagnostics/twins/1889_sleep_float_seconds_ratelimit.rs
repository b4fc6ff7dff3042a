//! mistake: rate-limited with Python's `await asyncio.sleep(0.25)`, passing float seconds to `tokio::time::sleep`
//! offending: 0.25
//! category: python-habit
async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut pages = Vec::new();
    for u in &urls {
        tokio::time::sleep(0.25).await;
        pages.push(fetch(u).await);
    }
    println!("{pages:?}");
}
