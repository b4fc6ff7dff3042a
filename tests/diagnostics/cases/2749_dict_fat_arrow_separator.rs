//! mistake: wrote the dict comprehension's key/value separator as `=>` (a `match` arm habit) instead of `:`
//! offending: =>
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

struct Heartbeat {
    device: &'static str,
    uptime_s: u64,
}

fn main() {
    let beats = vec![Heartbeat { device: "pump-a", uptime_s: 86_400 }, Heartbeat { device: "pump-b", uptime_s: 120 }];
    let uptime: HashMap<&str, u64> = comp!({b.device => b.uptime_s for b in &beats});
    println!("{uptime:?}");
}
