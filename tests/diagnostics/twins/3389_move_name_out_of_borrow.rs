//! mistake: moved `p.name` out of packages iterated by reference
//! offending: p.name
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
    let mut names: Vec<String> = Vec::new();
    for p in &pkgs {
        if p.registry == "crates-io" {
            names.push(p.name);
        }
    }
    println!("{names:?} of {}", pkgs.len());
}
