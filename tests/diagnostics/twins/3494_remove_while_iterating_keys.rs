//! mistake: removed entries from the map while iterating its keys
//! offending: inflight.remove(k)
//! category: ownership
use std::collections::HashMap;

fn main() {
    let mut inflight: HashMap<String, u64> = HashMap::from([("req-1".to_string(), 45), ("req-2".to_string(), 3)]);
    let mut expired = Vec::new();
    for k in inflight.keys() {
        if inflight[k] > 30 {
            expired.push(inflight.remove(k));
        }
    }
    println!("{expired:?}");
}
