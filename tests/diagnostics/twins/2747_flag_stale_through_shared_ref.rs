//! mistake: collected stale sensors with `.iter()` and then tried to set their flag through the shared references
//! offending: s.stale = true
//! category: ownership
struct SensorState {
    last_seen: u64,
    stale: bool,
}

fn main() {
    let now = 1_700_000_600u64;
    let mut states = vec![SensorState { last_seen: 1_700_000_590, stale: false }, SensorState { last_seen: 1_699_999_000, stale: false }];
    let stale: Vec<&SensorState> = states.iter().filter(|s| now - s.last_seen > 300).collect();
    for s in stale {
        s.stale = true;
    }
    println!("{}", states.iter_mut().filter(|s| s.stale).count());
}
