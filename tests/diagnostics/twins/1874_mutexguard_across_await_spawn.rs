//! mistake: held a `std::sync::MutexGuard` across the awaits of an `acomp!` inside `tokio::spawn` (Python's `async with lock:` around the comprehension)
//! offending: tokio::spawn
//! category: async
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn fetch_price(sku: &str) -> u32 {
    sku.len() as u32 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: Arc<Mutex<HashMap<String, u32>>> = Arc::new(Mutex::new(HashMap::new()));
    let skus = vec!["a1".to_string(), "bb2".to_string()];
    let shared = cache.clone();
    let task = tokio::spawn(async move {
        let guard = shared.lock().unwrap();
        let mut out = Vec::new();
        for s in &skus {
            out.push(match guard.get(s) { Some(p) => *p, None => fetch_price(s).await });
        }
        out
    });
    println!("{:?}", task.await.unwrap());
}
