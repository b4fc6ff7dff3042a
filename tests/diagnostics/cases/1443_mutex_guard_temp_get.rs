//! mistake: references into a shared cache kept past the temporary `MutexGuard` of `state.lock().unwrap()`
//! offending: state.lock().unwrap()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

fn main() {
    let state: Arc<Mutex<HashMap<String, String>>> = Arc::new(Mutex::new(HashMap::new()));
    state.lock().unwrap().insert("session:1".into(), "ana".into());
    let keys = vec!["session:1".to_string(), "session:2".to_string()];
    let values: Vec<Option<&String>> = comp![state.lock().unwrap().get(k) for k in &keys];
    println!("{values:?}");
}
