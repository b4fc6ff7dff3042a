//! mistake: keyed a `HashMap<String, _>` snapshot with `&s.region`, a borrowed `&String`
//! offending: &s.region
//! category: type
use comprehensions::comp;
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
    // Python: latest = {s.region: s.inventory for s in snapshots}  (last one wins)
    let latest: HashMap<String, u64> = comp!({&s.region: s.inventory for s in &snapshots});
    println!("{latest:?}");
}
