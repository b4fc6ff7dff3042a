//! mistake: collected stale sensors with `.iter()` and then tried to set their flag through the shared references
//! offending: s.stale = true
//! category: ownership
use comprehensions::comp;

struct SensorState {
    last_seen: u64,
    stale: bool,
}

fn main() {
    let now = 1_700_000_600u64;
    let mut states = vec![SensorState { last_seen: 1_700_000_590, stale: false }, SensorState { last_seen: 1_699_999_000, stale: false }];
    let stale = comp![s for s in states.iter() if now - s.last_seen > 300];
    for s in stale {
        s.stale = true;
    }
    println!("{}", states.iter_mut().filter(|s| s.stale).count());
}
