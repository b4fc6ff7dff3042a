//! mistake: Python's `seen.add` dedupe idiom in a `&mut self` method: inserts into `self.seen` while `self.entries()` borrows all of `self`
//! offending: self.seen.insert
//! category: ownership
use std::collections::HashSet;

struct Dedup {
    seen: HashSet<String>,
    lines: Vec<String>,
}

impl Dedup {
    fn entries(&self) -> &[String] {
        &self.lines
    }

    fn fresh(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        for l in self.entries() {
            if self.seen.insert(l.clone()) {
                out.push(l.clone());
            }
        }
        out
    }
}

fn main() {
    let mut d = Dedup { seen: HashSet::new(), lines: vec!["a".into(), "b".into(), "a".into()] };
    println!("{:?}", d.fresh());
}
