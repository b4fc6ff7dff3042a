//! mistake: gave `concurrency` a `u32` rate-limit setting where a `usize` is needed
//! offending: max_inflight
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct IntelConfig {
    max_inflight: u32,
}

async fn whois_asn(ip: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(4)).await;
    if ip.starts_with("185.220.") { 205100 } else { 15169 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = IntelConfig { max_inflight: 4 };
    let ips = vec!["185.220.101.4", "8.8.8.8"];
    let asns: Vec<u32> = futures::stream::iter(&ips)
        .map(|ip| whois_asn(ip))
        .buffered(cfg.max_inflight)
        .collect()
        .await;
    println!("{asns:?}");
}
