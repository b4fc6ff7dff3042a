//! mistake: Python's slice `urls[:10]` to fetch only the first ten URLs
//! offending: urls[:10]
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = (0..25).map(|i| format!("/page/{i}")).collect();
    let sizes = acomp![fetch(u).await for u in urls[:10]; concurrency = 5];
    println!("{sizes:?}");
}
