//! mistake: awaits `lock()` of a `std::sync::Mutex`, translating `async with lock:` (std's lock is synchronous and returns a `LockResult`)
//! offending: cache.lock().await
//! category: python-habit
use comprehensions::acomp;
use std::collections::HashMap;
use std::sync::Mutex;

async fn fetch(key: &str) -> usize {
    key.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: Mutex<HashMap<String, usize>> = Mutex::new(HashMap::new());
    let keys = vec!["alpha", "beta"];
    let values = acomp![{
        let v = fetch(k).await;
        cache.lock().await.insert(k.to_string(), v);
        v
    } for k in &keys; concurrency = 2];
    println!("{values:?}");
}
