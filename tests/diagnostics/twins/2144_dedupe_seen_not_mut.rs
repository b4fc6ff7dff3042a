//! mistake: de-duplicated events with a `seen` set declared without `mut`
//! offending: seen.insert(e.event_id)
//! category: ownership
use std::collections::HashSet;

#[derive(Debug)]
struct Event {
    event_id: u64,
    kind: &'static str,
}

fn main() {
    let events = vec![
        Event { event_id: 1, kind: "click" },
        Event { event_id: 2, kind: "view" },
        Event { event_id: 1, kind: "click" },
    ];
    let seen = HashSet::new();
    let deduped: Vec<&Event> = events.iter().filter(|e| seen.insert(e.event_id)).collect();
    println!("{deduped:?}");
}
