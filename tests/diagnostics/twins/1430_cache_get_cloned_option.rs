//! mistake: a cache lookup `cache.get(&id).cloned()` used as the user itself, forgetting it is an `Option`
//! offending: cache.get(&id).cloned()
//! category: type
use std::collections::HashMap;

#[derive(Clone, Debug)]
struct User {
    id: u64,
    name: String,
}

fn main() {
    let mut cache: HashMap<u64, User> = HashMap::new();
    cache.insert(1, User { id: 1, name: "ana".into() });
    let ids = vec![1u64, 2];
    let mut hits: Vec<User> = Vec::new();
    for id in ids {
        hits.push(cache.get(&id).cloned());
    }
    println!("{hits:?}");
}
