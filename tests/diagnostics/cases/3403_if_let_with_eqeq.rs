//! mistake: wrote `if let Some(c) == ..` instead of `=` to pick the lockfile checksums
//! offending: ==
//! category: syntax
use comprehensions::comp;

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
    let sums: Vec<String> = comp![format!("{} {}", e.name, c) for e in &lock if let Some(c) == &e.checksum];
    println!("{sums:?} {}", lock[0].version);
}
