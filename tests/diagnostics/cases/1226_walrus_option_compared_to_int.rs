//! mistake: Python's `[k for k in keys if (y := self.lookup(k)) > 0]` where `lookup` returns `Option<u32>`, compared with an integer
//! offending: > 0
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Cache {
    hits: HashMap<String, u32>,
}

impl Cache {
    fn lookup(&self, key: &str) -> Option<u32> {
        self.hits.get(key).copied()
    }

    fn hot(&self, keys: &[&str]) -> Vec<String> {
        comp![k.to_string() for k in keys if (y := self.lookup(k)) > 0]
    }
}

fn main() {
    let c = Cache { hits: HashMap::from([("a".to_string(), 2)]) };
    println!("{:?}", c.hot(&["a", "b"]));
}
