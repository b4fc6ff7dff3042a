//! mistake: removed idle sessions from the map while iterating its keys
//! offending: sessions.remove(id)
//! category: ownership
use std::collections::HashMap;

struct Session {
    idle_secs: u64,
}

fn main() {
    let mut sessions: HashMap<u64, Session> = HashMap::from([(1, Session { idle_secs: 5 }), (2, Session { idle_secs: 900 })]);
    let mut dropped = Vec::new();
    for id in sessions.keys() {
        if sessions[id].idle_secs > 300 {
            dropped.push(sessions.remove(id));
        }
    }
    println!("dropped {} sessions", dropped.len());
}
