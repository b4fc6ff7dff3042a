//! mistake: tested a lockfile entry's missing checksum with Python's `is None`
//! offending: is None
//! category: python-habit
#[derive(Debug)]
struct LockEntry {
    name: String,
    version: String,
    checksum: Option<String>,
}

fn read_lock() -> Vec<LockEntry> {
    vec![
        LockEntry { name: "rand".into(), version: "0.8.5".into(), checksum: Some("34af8d1a".into()) },
        LockEntry { name: "my-local-crate".into(), version: "0.1.0".into(), checksum: None },
    ]
}

fn main() {
    let lock = read_lock();
    let mut unverified: Vec<String> = Vec::new();
    for e in &lock {
        if e.checksum is None {
            unverified.push(format!("{}@{}", e.name, e.version));
        }
    }
    println!("unverified: {unverified:?}");
}
