//! mistake: gave the conditional element a `&str` branch and a `String` branch
//! offending: e.action.clone()
//! category: type
use std::collections::HashSet;

struct FwEvent {
    src: String,
    action: String,
}

fn main() {
    let threat_feed: HashSet<&str> = ["45.9.148.3"].into();
    let events = vec![
        FwEvent { src: "45.9.148.3".into(), action: "ACCEPT".into() },
        FwEvent { src: "10.0.0.2".into(), action: "ACCEPT".into() },
    ];
    let verdicts: Vec<_> = events
        .iter()
        .map(|e| if threat_feed.contains(e.src.as_str()) { "BLOCK" } else { e.action.clone() })
        .collect();
    println!("{verdicts:?}");
}
