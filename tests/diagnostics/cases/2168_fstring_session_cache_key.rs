//! mistake: built the cache keys with a Python f-string
//! offending: f"session:{token}"
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Session {
    token: String,
    user_id: u64,
}

fn main() {
    let sessions = vec![
        Session { token: "9f2c".to_string(), user_id: 17 },
        Session { token: "a7d1".to_string(), user_id: 42 },
    ];
    let redis_entries: HashMap<String, u64> =
        comp!({f"session:{token}": *user_id for Session { token, user_id } in &sessions});
    println!("{redis_entries:?}");
}
