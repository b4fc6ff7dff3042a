//! mistake: Python's `set()` for an empty set as each dict value of a graph's adjacency map
//! offending: set
//! category: python-habit
use comprehensions::comp;
use std::collections::{HashMap, HashSet};

fn main() {
    let nodes = vec!["a", "b", "c"];
    let edges = vec![("a", "b"), ("b", "c")];
    let mut adj: HashMap<&str, HashSet<&str>> = comp!({n: set() for n in &nodes});
    for (u, v) in &edges {
        adj.get_mut(u).unwrap().insert(v);
    }
    println!("{adj:?}");
}
