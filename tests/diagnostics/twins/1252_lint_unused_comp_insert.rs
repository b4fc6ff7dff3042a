//! mistake: a `map(..).collect::<Vec<_>>()` kept for its side effect: the list of `insert` results is built and dropped
//! offending: keys.iter().map(|k| self.seen.insert(k.to_string())).collect::<Vec<_>>()
//! category: lint
use std::collections::HashSet;

struct Dedup {
    seen: HashSet<String>,
}

impl Dedup {
    fn add_all(&mut self, keys: &[&str]) {
        keys.iter().map(|k| self.seen.insert(k.to_string())).collect::<Vec<_>>();
    }
}

fn main() {
    let mut d = Dedup { seen: HashSet::new() };
    d.add_all(&["a", "b", "a"]);
    println!("{}", d.seen.len());
}
