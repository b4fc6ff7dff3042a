//! mistake: compared a `Duration` field with a plain integer of minutes
//! offending: 30
//! category: type
use std::time::Duration;

struct Meeting {
    topic: &'static str,
    length: Duration,
}

fn main() {
    let week = vec![
        Meeting { topic: "Retro", length: Duration::from_secs(45 * 60) },
        Meeting { topic: "Sync", length: Duration::from_secs(15 * 60) },
    ];
    let long_ones: Vec<&str> = week.iter().filter(|m| m.length > 30).map(|m| m.topic).collect();
    println!("{long_ones:?}");
}
