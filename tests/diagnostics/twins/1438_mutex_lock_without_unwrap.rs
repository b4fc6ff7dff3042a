//! mistake: a shared `Arc<Mutex<HashMap>>` read through `state.lock()` without unwrapping the `LockResult`
//! offending: get
//! category: type
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

fn main() {
    let state: Arc<Mutex<HashMap<String, u64>>> = Arc::new(Mutex::new(HashMap::new()));
    state.lock().unwrap().insert("/health".into(), 12);
    let keys = vec!["/health".to_string(), "/users".to_string()];
    let hits: Vec<u64> = keys.iter().map(|k| state.lock().get(k).copied().unwrap_or(0)).collect();
    println!("{hits:?}");
}
