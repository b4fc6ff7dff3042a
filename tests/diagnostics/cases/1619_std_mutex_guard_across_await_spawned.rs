//! mistake: a `std::sync::MutexGuard` held across the item's `.await` (Python's `with lock:` around `await`), then the crawl spawned as a task
//! offending: crawl(urls, Arc::clone(&stats))
//! category: async
use comprehensions::acomp;
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

async fn crawl(urls: Vec<String>, stats: Arc<Mutex<Vec<usize>>>) -> Vec<String> {
    acomp![
        {
            let mut sizes = stats.lock().unwrap();
            let body = fetch(&u).await;
            sizes.push(body.len());
            body
        }
        for u in urls; concurrency = 4
    ]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let stats = Arc::new(Mutex::new(Vec::new()));
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let pages = tokio::spawn(crawl(urls, Arc::clone(&stats))).await.unwrap();
    println!("{} pages, sizes {:?}", pages.len(), stats.lock().unwrap());
}
