//! mistake: compared an `Instant` difference (a `Duration`) with a plain integer window
//! offending: 10
//! category: type
use comprehensions::{comp};
use std::time::Instant;

struct Sent {
    user_id: u64,
    at: Instant,
}

fn main() {
    let now = Instant::now();
    let log = vec![Sent { user_id: 1, at: now }, Sent { user_id: 2, at: now }];
    let recent_senders = comp!({s.user_id for s in &log if now - s.at < 10});
    println!("{recent_senders:?}");
}
