//! mistake: keyed a `HashMap<String, _>` snapshot with `&s.region`, a borrowed `&String`
//! offending: &s.region
//! category: type
use std::collections::HashMap;

struct Snapshot {
    region: String,
    inventory: u64,
}

fn main() {
    let snapshots = vec![
        Snapshot { region: "emea".into(), inventory: 1200 },
        Snapshot { region: "apac".into(), inventory: 300 },
        Snapshot { region: "emea".into(), inventory: 1150 },
    ];
    let mut latest: HashMap<String, u64> = HashMap::new();
    for s in &snapshots {
        latest.insert(&s.region, s.inventory);
    }
    println!("{latest:?}");
}
