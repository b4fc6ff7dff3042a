//! mistake: a `String` value moved out of a locked shared `HashMap` by indexing, as `cache[k]` in Python
//! offending: state.lock().unwrap()[k]
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

fn main() {
    let state: Arc<Mutex<HashMap<String, String>>> = Arc::new(Mutex::new(HashMap::new()));
    state.lock().unwrap().insert("session:1".into(), "ana".into());
    let keys = vec!["session:1".to_string()];
    let values: Vec<String> = comp![state.lock().unwrap()[k] for k in &keys];
    println!("{values:?}");
}
