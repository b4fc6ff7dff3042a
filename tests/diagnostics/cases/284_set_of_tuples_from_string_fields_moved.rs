//! mistake: a set of `(user, ip)` tuples built from `&sessions` that moves the `String` fields out of the borrowed structs
//! offending: s.user
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

struct Session {
    user: String,
    ip: String,
}

fn main() {
    let sessions = vec![Session { user: "ann".into(), ip: "10.0.0.1".into() }];
    // Python: pairs = {(s.user, s.ip) for s in sessions}
    let pairs: HashSet<(String, String)> = comp!({(s.user, s.ip) for s in &sessions});
    println!("{} {}", pairs.len(), sessions.len());
}
