//! mistake: iterated `self.by_tag.get(tag)`, an `Option<&Vec<u32>>`, as if it were the list (Python's `for ids in index.get(tag)`)
//! offending: self.by_tag.get(tag)
//! category: lint
use std::collections::HashMap;

struct Index {
    by_tag: HashMap<String, Vec<u32>>,
}

impl Index {
    fn counts(&self, tag: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for ids in self.by_tag.get(tag) {
            out.push(ids.len());
        }
        out
    }
}

fn main() {
    let i = Index { by_tag: HashMap::from([("x".to_string(), vec![1, 2])]) };
    println!("{:?}", i.counts("x"));
}
