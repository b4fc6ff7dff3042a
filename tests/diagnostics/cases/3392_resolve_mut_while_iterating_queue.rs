//! mistake: called a `&mut self` resolver while iterating the same registry's queue
//! offending: registry.resolve(n)
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Registry {
    queue: Vec<String>,
    cache: HashMap<String, String>,
}

impl Registry {
    fn resolve(&mut self, name: &str) -> String {
        self.cache.entry(name.to_string()).or_insert_with(|| format!("{name}@1.0.0")).clone()
    }
}

fn main() {
    let mut registry = Registry { queue: vec!["serde".into(), "rand".into()], cache: HashMap::new() };
    let resolved: Vec<String> = comp![registry.resolve(n) for n in &registry.queue];
    println!("{resolved:?}");
}
