//! mistake: a shared `Arc<std::sync::Mutex<HashMap>>` cache written through `.lock()` without `.unwrap()`
//! offending: insert
//! category: type
use comprehensions::acomp;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: Arc<Mutex<HashMap<String, usize>>> = Arc::new(Mutex::new(HashMap::new()));
    let urls = vec!["/a".to_string(), "/b".to_string()];
    let sizes = acomp![
        {
            let n = fetch(u).await.len();
            cache.lock().insert(u.clone(), n);
            n
        }
        for u in &urls; concurrency = 4
    ];
    println!("{sizes:?}");
}
