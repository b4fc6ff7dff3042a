//! mistake: passed the gateway config's `i32` in-flight limit to `concurrency =`
//! offending: cfg.max_in_flight
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct GatewayConfig {
    max_in_flight: i32,
    timeout_ms: u64,
}

async fn ping(device: &str, timeout_ms: u64) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(timeout_ms / 100)).await;
    (device.to_string(), !device.ends_with('9'))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = GatewayConfig { max_in_flight: 8, timeout_ms: 500 };
    let devices = vec!["node-1", "node-2", "node-9"];
    let reachability = acomp![ping(d, cfg.timeout_ms).await for d in devices.iter().copied(); concurrency = cfg.max_in_flight];
    println!("{reachability:?}");
}
