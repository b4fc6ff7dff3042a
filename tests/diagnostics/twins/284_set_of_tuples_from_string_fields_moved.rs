//! mistake: inserting `(s.user, s.ip)` from `&sessions` into a set (hand-written)
use std::collections::HashSet;

struct Session {
    user: String,
    ip: String,
}

fn main() {
    let sessions = vec![Session { user: "ann".into(), ip: "10.0.0.1".into() }];
    let mut pairs: HashSet<(String, String)> = HashSet::new();
    for s in &sessions {
        pairs.insert((s.user, s.ip));
    }
    println!("{} {}", pairs.len(), sessions.len());
}
