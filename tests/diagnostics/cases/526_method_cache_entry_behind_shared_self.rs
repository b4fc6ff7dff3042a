//! mistake: a `&self` method fills `self.cache` from the element (Python's `self.cache.setdefault(k, ...)`), which needs `&mut self`
//! offending: self.cache
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Resolver {
    cache: HashMap<String, u32>,
}

impl Resolver {
    // Python: return [self.cache.setdefault(h, len(h)) for h in hosts]
    fn resolve(&self, hosts: &[String]) -> Vec<u32> {
        comp![*self.cache.entry(h.clone()).or_insert(h.len() as u32) for h in hosts]
    }
}

fn main() {
    let r = Resolver { cache: HashMap::new() };
    println!("{:?}", r.resolve(&["a.example".to_string()]));
}
