//! mistake: returned a list display from a function declared to return a `HashSet` of registries
//! offending: pkgs.iter().map(|p| p.registry.clone()).collect::<Vec<_>>()
//! category: type
use std::collections::HashSet;

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

fn registries(pkgs: &[Package]) -> HashSet<String> {
    pkgs.iter().map(|p| p.registry.clone()).collect::<Vec<_>>()
}

fn main() {
    println!("{:?}", registries(&packages()));
}
