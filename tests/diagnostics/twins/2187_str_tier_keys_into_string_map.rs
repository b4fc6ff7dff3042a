//! mistake: built a `HashMap<String, u32>` of per-tier rate limits from `&str` literals
//! offending: tier
//! category: type
use std::collections::HashMap;

const TIERS: [(&str, u32); 3] = [("free", 60), ("pro", 600), ("enterprise", 6_000)];

fn main() {
    let mut requests_per_minute: HashMap<String, u32> = HashMap::new();
    for (tier, rpm) in TIERS {
        requests_per_minute.insert(tier, rpm);
    }
    println!("{:?}", requests_per_minute.get("pro"));
}
