//! mistake: gave the conditional element a `&str` branch and a `String` branch
//! offending: e.action.clone()
//! category: type
use comprehensions::comp;
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
    let verdicts = comp!["BLOCK" if threat_feed.contains(e.src.as_str()) else e.action.clone() for e in &events];
    println!("{verdicts:?}");
}
