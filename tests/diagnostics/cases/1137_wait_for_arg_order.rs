//! mistake: passes the future first to `tokio::time::timeout`, in the order of Python's `asyncio.wait_for(aw, timeout)`
//! offending: fetch(u), Duration::from_secs(2)
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    url.to_uppercase()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let pages = acomp![tokio::time::timeout(fetch(u), Duration::from_secs(2)).await for u in &urls; concurrency = 2];
    println!("{pages:?}");
}
