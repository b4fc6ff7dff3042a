//! mistake: Python's `[cache.pop(k) for k in cache if expired(k)]`: removing from the sessions map while iterating its keys
//! offending: sessions.remove(k)
//! category: ownership
use std::collections::HashMap;

fn main() {
    let now = 1_000u64;
    let mut sessions: HashMap<String, u64> = HashMap::from([("a".to_string(), 900), ("b".to_string(), 1_200)]);
    let mut expired = Vec::new();
    for k in sessions.keys() {
        if sessions[k] < now {
            expired.push(sessions.remove(k));
        }
    }
    println!("{expired:?} {}", sessions.len());
}
