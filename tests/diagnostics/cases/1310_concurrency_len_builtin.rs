//! mistake: Python's `len(urls)` builtin as the `concurrency` limit
//! offending: len
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn head(url: &str) -> u16 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if url.ends_with(".io") { 200 } else { 404 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.dev", "c.io"];
    let codes = acomp![head(u).await for u in &urls; concurrency = len(urls)];
    println!("{codes:?}");
}
