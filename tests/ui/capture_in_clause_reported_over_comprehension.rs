// A capture the eager form's closure cannot make, used in a clause
// (`self.seen.insert(..)` in a `&self` method): rustc's error spans the
// comprehension from its element to its last clause, with its label on the
// use, not the element alone.
use comprehensions::comp;
use std::collections::HashSet;

struct Dedup {
    seen: HashSet<String>,
}

impl Dedup {
    fn fresh(&self, words: &[String]) -> Vec<String> {
        comp![w.clone() for w in words if self.seen.insert(w.clone())]
    }
}

fn main() {
    let d = Dedup { seen: HashSet::new() };
    println!("{:?}", d.fresh(&["a".into(), "b".into(), "a".into()]));
}
