//! mistake: iterated the package list by value, then used it again for the summary line
//! offending: pkgs.len()
//! category: ownership
use comprehensions::comp;

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
    let specs: Vec<String> = comp![format!("{}@{}", p.name, p.version) for p in pkgs];
    println!("{} packages: {}", pkgs.len(), specs.join(" "));
}
