//! mistake: iterated `self.by_tag.get(tag)`, an `Option<&Vec<u32>>`, as if it were the list (Python's `for ids in index.get(tag)`)
//! offending: self.by_tag.get(tag)
//! category: lint
use comprehensions::comp;
use std::collections::HashMap;

struct Index {
    by_tag: HashMap<String, Vec<u32>>,
}

impl Index {
    fn counts(&self, tag: &str) -> Vec<usize> {
        comp![ids.len() for ids in self.by_tag.get(tag)]
    }
}

fn main() {
    let i = Index { by_tag: HashMap::from([("x".to_string(), vec![1, 2])]) };
    println!("{:?}", i.counts("x"));
}
