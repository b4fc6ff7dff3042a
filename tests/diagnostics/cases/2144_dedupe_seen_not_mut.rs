//! mistake: de-duplicated events with a `seen` set declared without `mut`
//! offending: seen.insert(e.event_id)
//! category: ownership
use comprehensions::comp;
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
    // Python: deduped = [e for e in events if e.event_id not in seen and not seen.add(e.event_id)]
    let deduped: Vec<&Event> = comp![e for e in &events if seen.insert(e.event_id)];
    println!("{deduped:?}");
}
