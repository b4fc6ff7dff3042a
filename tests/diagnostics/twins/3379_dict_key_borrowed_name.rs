//! mistake: keyed a `HashMap<String, String>` version index by `&p.name`
//! offending: &p.name
//! category: type
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
    let pkgs = packages();
    let mut by_name: HashMap<String, String> = HashMap::new();
    for p in &pkgs {
        by_name.insert(&p.name, p.version.clone());
    }
    println!("{by_name:?}");
}
