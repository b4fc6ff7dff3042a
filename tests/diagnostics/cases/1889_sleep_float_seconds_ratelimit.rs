//! mistake: rate-limited with Python's `await asyncio.sleep(0.25)`, passing float seconds to `tokio::time::sleep`
//! offending: 0.25
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = acomp![{ tokio::time::sleep(0.25).await; fetch(u).await } for u in &urls];
    println!("{pages:?}");
}
