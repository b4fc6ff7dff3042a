//! mistake: Python's `seen.add` dedupe idiom in a `&mut self` method: inserts into `self.seen` while `self.entries()` borrows all of `self`
//! offending: self.seen.insert
//! category: ownership
use comprehensions::comp;
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
        comp![l.clone() for l in self.entries() if self.seen.insert(l.clone())]
    }
}

fn main() {
    let mut d = Dedup { seen: HashSet::new(), lines: vec!["a".into(), "b".into(), "a".into()] };
    println!("{:?}", d.fresh());
}
