//! mistake: filtered out offline gateways with Python's `not in`
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

struct Telemetry {
    gateway: String,
    rssi_dbm: i32,
}

fn main() {
    let offline: HashSet<String> = HashSet::from(["gw-07".to_string()]);
    let frames = vec![
        Telemetry { gateway: "gw-03".into(), rssi_dbm: -71 },
        Telemetry { gateway: "gw-07".into(), rssi_dbm: -95 },
    ];
    let live_rssi = comp![f.rssi_dbm for f in &frames if f.gateway not in offline];
    println!("{live_rssi:?}");
}
