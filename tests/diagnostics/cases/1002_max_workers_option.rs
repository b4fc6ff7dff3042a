//! mistake: Python's `ThreadPoolExecutor(max_workers=8)` spelling as the option instead of `concurrency = 8`
//! offending: max_workers
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn thumbnail(path: &str) -> Vec<u8> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    path.bytes().collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["a.png", "b.png", "c.png"];
    let thumbs = acomp![thumbnail(p).await for p in &paths; max_workers = 8];
    println!("{}", thumbs.len());
}
