//! mistake: built a `HashMap<u64, u64>` from an `Option<u64>` last-seen field
//! offending: s.last_seen
//! category: type
use comprehensions::{comp};
use std::collections::HashMap;

struct Session {
    user_id: u64,
    last_seen: Option<u64>,
}

fn main() {
    let sessions = vec![
        Session { user_id: 1, last_seen: Some(1_700_000_000) },
        Session { user_id: 2, last_seen: None },
    ];
    let last_seen: HashMap<u64, u64> = comp!({s.user_id: s.last_seen for s in &sessions});
    println!("{last_seen:?}");
}
