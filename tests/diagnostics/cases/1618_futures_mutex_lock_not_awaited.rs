//! mistake: Python's `async with lock:` habit: `futures::lock::Mutex::lock()` used without `.await` in a filter
//! offending: contains_key
//! category: async
use comprehensions::acomp;
use futures::lock::Mutex;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: Mutex<HashMap<String, String>> = Mutex::new(HashMap::new());
    cache.lock().await.insert("/a".to_string(), "cached".to_string());
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let fresh = acomp![fetch(u).await for u in &urls if !cache.lock().contains_key(u)];
    println!("{fresh:?}");
}
