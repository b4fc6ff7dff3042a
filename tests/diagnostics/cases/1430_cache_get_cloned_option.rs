//! mistake: a cache lookup `cache.get(&id).cloned()` used as the user itself, forgetting it is an `Option`
//! offending: cache.get(&id).cloned()
//! category: type
use comprehensions::comp;
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
    let hits: Vec<User> = comp![cache.get(&id).cloned() for id in ids];
    println!("{hits:?}");
}
