//! mistake: a conditional element whose branches are `&str` and `String`
//! offending: p.version.clone()
//! category: type
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
    let shown: Vec<(&str, &str)> = pkgs
        .iter()
        .map(|p| (p.name.as_str(), if p.yanked { "yanked" } else { p.version.clone() }))
        .collect();
    println!("{shown:?}");
}
