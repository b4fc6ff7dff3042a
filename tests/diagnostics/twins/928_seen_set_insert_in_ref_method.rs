//! mistake: deduplicated with `self.seen.insert(..)` in a condition of a `&self` method, as Python's `seen.add` idiom
//! offending: self.seen
//! category: python-habit
use std::collections::HashSet;

struct Dedup {
    seen: HashSet<String>,
}

impl Dedup {
    fn fresh(&self, words: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for w in words {
            if self.seen.insert(w.clone()) {
                out.push(w.clone());
            }
        }
        out
    }
}

fn main() {
    let d = Dedup { seen: HashSet::new() };
    println!("{:?}", d.fresh(&["a".into(), "b".into(), "a".into()]));
}
