//! mistake: collected `.as_str()` of a freshly formatted `name@version` label
//! offending: format!("{}@{}", p.name, p.version).as_str()
//! category: ownership
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
    let labels: Vec<&str> = pkgs.iter().map(|p| format!("{}@{}", p.name, p.version).as_str()).collect();
    println!("{labels:?}");
}
