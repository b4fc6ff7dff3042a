//! mistake: compared an `Instant` difference (a `Duration`) with a plain integer window
//! offending: 10
//! category: type
use std::collections::HashSet;
use std::time::Instant;

struct Sent {
    user_id: u64,
    at: Instant,
}

fn main() {
    let now = Instant::now();
    let log = vec![Sent { user_id: 1, at: now }, Sent { user_id: 2, at: now }];
    let recent_senders: HashSet<u64> = log.iter().filter(|s| now - s.at < 10).map(|s| s.user_id).collect();
    println!("{recent_senders:?}");
}
