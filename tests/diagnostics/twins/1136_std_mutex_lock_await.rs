//! mistake: awaits `lock()` of a `std::sync::Mutex`, translating `async with lock:` (std's lock is synchronous and returns a `LockResult`)
//! offending: cache.lock().await
//! category: python-habit
use futures::stream::{self, StreamExt};
use std::collections::HashMap;
use std::sync::Mutex;

async fn fetch(key: &str) -> usize {
    key.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache: Mutex<HashMap<String, usize>> = Mutex::new(HashMap::new());
    let keys = vec!["alpha", "beta"];
    let values: Vec<usize> = stream::iter(&keys)
        .map(|k| {
            let cache = &cache;
            async move {
                let v = fetch(k).await;
                cache.lock().await.insert(k.to_string(), v);
                v
            }
        })
        .buffered(2)
        .collect()
        .await;
    println!("{values:?}");
}
