//! mistake: `cache.lock().unwrap().get(k)` keeps a reference into the temporary MutexGuard past the statement
//! offending: cache.lock().unwrap()
//! category: ownership
use std::collections::HashMap;
use std::sync::Mutex;

fn main() {
    let cache: Mutex<HashMap<String, String>> =
        Mutex::new(HashMap::from([("user:1".to_string(), "Ada".to_string())]));
    let keys = vec!["user:1".to_string(), "user:2".to_string()];
    let mut hits = Vec::new();
    for k in &keys {
        hits.push(cache.lock().unwrap().get(k));
    }
    println!("{hits:?}");
}
