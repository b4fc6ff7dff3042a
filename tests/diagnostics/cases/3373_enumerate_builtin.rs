//! mistake: numbered the install plan with Python's `enumerate(..)` builtin
//! offending: enumerate
//! category: python-habit
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
    let plan: Vec<String> = comp![format!("{}. {} {}", i + 1, p.name, p.version) for (i, p) in enumerate(&pkgs)];
    println!("{}", plan.join("\n"));
}
