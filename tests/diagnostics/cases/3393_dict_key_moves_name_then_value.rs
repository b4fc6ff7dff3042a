//! mistake: keyed a dict by `p.name` and stored `p` itself, moving the name out first
//! offending: p.name: p
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Package {
    name: String,
    version: String,
    registry: String,
    yanked: bool,
    downloads: u64,
}

fn packages() -> Vec<Package> {
    vec![
        Package { name: "serde".into(), version: "1.0.197".into(), registry: "crates-io".into(), yanked: false, downloads: 310_000_000 },
        Package { name: "left-pad".into(), version: "0.1.0".into(), registry: "internal".into(), yanked: true, downloads: 12 },
    ]
}

fn main() {
    let by_name: HashMap<String, Package> = comp!({p.name: p for p in packages()});
    println!("{:?}", by_name.keys());
}
