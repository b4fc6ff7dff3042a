//! mistake: `tokio::spawn(fetch(u))` (Python's `create_task`) over `&urls`: the task borrows a local, but must be `'static`
//! offending: &urls
//! category: ownership
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/bb".to_string()];
    let tasks = acomp![tokio::spawn(fetch(u)) for u in &urls];
    for t in tasks {
        println!("{}", t.await.unwrap());
    }
}
