//! mistake: Python's `[k for k, v in self.env.items()]` keeps the unused `v` in the pattern
//! offending: (k, v)
//! category: lint
use comprehensions::comp;
use std::collections::BTreeMap;

struct Settings {
    env: BTreeMap<String, String>,
}

impl Settings {
    fn keys(&self) -> Vec<String> {
        comp![k.to_uppercase() for (k, v) in &self.env]
    }
}

fn main() {
    let s = Settings { env: BTreeMap::from([("home".to_string(), "/root".to_string())]) };
    println!("{:?}", s.keys());
}
