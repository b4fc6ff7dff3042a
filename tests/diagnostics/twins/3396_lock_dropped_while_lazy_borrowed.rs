//! mistake: dropped the lockfile while a lazy comprehension over it was still to be consumed
//! offending: drop(lock)
//! category: ownership
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
    let pending = lock.iter().filter(|e| e.checksum.is_none()).map(|e| (e.name.as_str(), &e.version));
    drop(lock);
    println!("{} entries need a checksum ({})", pending.count(), "cargo update");
}
