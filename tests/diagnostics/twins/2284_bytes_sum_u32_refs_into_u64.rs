//! mistake: summed borrowed `u32` transfer sizes straight into a `u64` total per host
//! offending: sum::<u64>()
//! category: type
use std::collections::HashMap;

struct HostTraffic {
    host: String,
    transfers: Vec<u32>,
}

fn main() {
    let traffic = vec![
        HostTraffic { host: "web01".into(), transfers: vec![3_100_000_000, 2_900_000_000] },
        HostTraffic { host: "web02".into(), transfers: vec![17, 512] },
    ];
    let totals: HashMap<&str, u64> = traffic
        .iter()
        .map(|t| (t.host.as_str(), t.transfers.iter().sum::<u64>()))
        .collect();
    println!("{totals:?}");
}
