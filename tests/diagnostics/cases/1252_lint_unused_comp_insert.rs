//! mistake: Python's `[self.seen.add(k) for k in keys]` kept for its side effect: the list of `insert` results is built and dropped
//! offending: comp![self.seen.insert(k.to_string()) for k in keys]
//! category: lint
use comprehensions::comp;
use std::collections::HashSet;

struct Dedup {
    seen: HashSet<String>,
}

impl Dedup {
    fn add_all(&mut self, keys: &[&str]) {
        comp![self.seen.insert(k.to_string()) for k in keys];
    }
}

fn main() {
    let mut d = Dedup { seen: HashSet::new() };
    d.add_all(&["a", "b", "a"]);
    println!("{}", d.seen.len());
}
