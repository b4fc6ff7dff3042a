//! mistake: `cache.lock().unwrap().get(k)` keeps a reference into the temporary MutexGuard past the element
//! offending: cache.lock().unwrap()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;
use std::sync::Mutex;

fn main() {
    let cache: Mutex<HashMap<String, String>> =
        Mutex::new(HashMap::from([("user:1".to_string(), "Ada".to_string())]));
    let keys = vec!["user:1".to_string(), "user:2".to_string()];
    // Python: with lock: hits = [cache.get(k) for k in keys]
    let hits = comp![cache.lock().unwrap().get(k) for k in &keys];
    println!("{hits:?}");
}
