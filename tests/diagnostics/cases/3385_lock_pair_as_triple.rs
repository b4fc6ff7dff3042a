//! mistake: destructured `(name, version)` lockfile pairs with a three-element pattern
//! offending: (name, ver, checksum)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let lock: Vec<(String, String)> = vec![("itoa".into(), "1.0.10".into()), ("ryu".into(), "1.0.17".into())];
    let pinned: HashMap<String, String> = comp!({name.clone(): ver.clone() for (name, ver, checksum) in &lock});
    println!("{pinned:?}");
}
