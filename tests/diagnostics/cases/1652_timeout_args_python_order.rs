//! mistake: Python's `wait_for(aw, timeout)` argument order kept for tokio's `timeout(duration, future)`
//! offending: timeout(fetch(u), Duration::from_secs(2))
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = acomp![body for u in &urls if let Ok(body) = timeout(fetch(u), Duration::from_secs(2)).await];
    println!("{pages:?}");
}
