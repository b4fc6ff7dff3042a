//! mistake: a loop over `&self.env` keeps the unused `v` in the pattern
//! offending: (k, v)
//! category: lint
use std::collections::BTreeMap;

struct Settings {
    env: BTreeMap<String, String>,
}

impl Settings {
    fn keys(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (k, v) in &self.env {
            out.push(k.to_uppercase());
        }
        out
    }
}

fn main() {
    let s = Settings { env: BTreeMap::from([("home".to_string(), "/root".to_string())]) };
    println!("{:?}", s.keys());
}
