//! mistake: Python's `[k, len(v) for k, v in groups.items()]`: a tuple element without its parentheses
//! offending: k, v.len()
//! category: syntax
use comprehensions::comp;
use std::collections::BTreeMap;

struct Groups {
    members: BTreeMap<String, Vec<String>>,
}

impl Groups {
    fn sizes(&self) -> Vec<(&String, usize)> {
        comp![k, v.len() for (k, v) in &self.members]
    }
}

fn main() {
    let g = Groups { members: BTreeMap::from([("ops".to_string(), vec!["ann".to_string()])]) };
    println!("{:?}", g.sizes());
}
