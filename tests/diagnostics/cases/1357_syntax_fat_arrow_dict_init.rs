//! mistake: a registry's `__init__` dict comprehension typed with `=>` (Rust's match arrow) between key and value
//! offending: =>
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

struct Registry {
    by_id: HashMap<u32, String>,
}

impl Registry {
    fn new(users: &[(u32, &str)]) -> Self {
        Registry { by_id: comp!({id => name.to_string() for &(id, name) in users}) }
    }
}

fn main() {
    let r = Registry::new(&[(1, "ann"), (2, "bob")]);
    println!("{:?}", r.by_id);
}
