//! mistake: memoising into a field from a &self method (Python objects are always mutable)
//! offending: self.cache.entry(n)
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Squarer {
    cache: HashMap<u64, u64>,
}

impl Squarer {
    fn squares(&self, ns: &[u64]) -> Vec<u64> {
        comp![*self.cache.entry(n).or_insert(n * n) for &n in ns]
    }
}

fn main() {
    let s = Squarer { cache: HashMap::new() };
    println!("{:?}", s.squares(&[2, 3, 2]));
}
