//! mistake: converted download counts to text with Python's `str(..)`
//! offending: str
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
    let cells: Vec<String> = comp![str(p.downloads) for p in &pkgs];
    println!("{} {}", cells.join(","), pkgs[0].name);
}
