use std::collections::HashMap;

struct Resolver {
    cache: HashMap<String, u32>,
}

impl Resolver {
    fn resolve(&self, hosts: &[String]) -> Vec<u32> {
        hosts.iter().map(|h| *self.cache.entry(h.clone()).or_insert(h.len() as u32)).collect()
    }
}

fn main() {
    let r = Resolver { cache: HashMap::new() };
    println!("{:?}", r.resolve(&["a.example".to_string()]));
}
