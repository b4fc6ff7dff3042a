//! mistake: read a field straight off `HashMap::get`'s `Option`, as with a Python dict lookup
//! offending: handle
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    handle: String,
}

fn main() {
    let mut directory: HashMap<u64, User> = HashMap::new();
    directory.insert(1, User { handle: "@ana".into() });
    directory.insert(2, User { handle: "@bo".into() });
    let mentions: Vec<u64> = vec![2, 1];
    let names = comp![directory.get(id).handle.clone() for id in &mentions];
    println!("{names:?}");
}
