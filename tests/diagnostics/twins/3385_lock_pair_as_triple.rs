//! mistake: destructured `(name, version)` lockfile pairs with a three-element pattern
//! offending: (name, ver, checksum)
//! category: type
use std::collections::HashMap;

fn main() {
    let lock: Vec<(String, String)> = vec![("itoa".into(), "1.0.10".into()), ("ryu".into(), "1.0.17".into())];
    let mut pinned: HashMap<String, String> = HashMap::new();
    for (name, ver, checksum) in &lock {
        pinned.insert(name.clone(), ver.clone());
    }
    println!("{pinned:?}");
}
