//! mistake: read a field straight off `HashMap::get`'s `Option`, as with a Python dict lookup
//! offending: handle
//! category: type
use std::collections::HashMap;

struct User {
    handle: String,
}

fn main() {
    let mut directory: HashMap<u64, User> = HashMap::new();
    directory.insert(1, User { handle: "@ana".into() });
    directory.insert(2, User { handle: "@bo".into() });
    let mentions: Vec<u64> = vec![2, 1];
    let mut names = Vec::new();
    for id in &mentions {
        names.push(directory.get(id).handle.clone());
    }
    println!("{names:?}");
}
