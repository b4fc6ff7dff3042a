//! mistake: subtracts an `i64` timestamp field from a `u64` "now"
//! offending: now - e.ts
//! category: type
use std::time::{SystemTime, UNIX_EPOCH};

struct Event {
    ts: i64,
    kind: String,
}

fn main() {
    let events = vec![Event { ts: 1_700_000_000, kind: "login".into() }];
    let now: u64 = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let mut ages = Vec::new();
    for e in &events {
        if e.kind == "login" {
            ages.push(now - e.ts);
        }
    }
    println!("{ages:?}");
}
