//! mistake: subtracts an `i64` timestamp field from a `u64` "now" (Python ints have one type)
//! offending: now - e.ts
//! category: type
use comprehensions::comp;
use std::time::{SystemTime, UNIX_EPOCH};

struct Event {
    ts: i64,
    kind: String,
}

fn main() {
    let events = vec![Event { ts: 1_700_000_000, kind: "login".into() }];
    let now: u64 = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    // Python: ages = [now - e.ts for e in events if e.kind == "login"]
    let ages = comp![now - e.ts for e in &events if e.kind == "login"];
    println!("{ages:?}");
}
