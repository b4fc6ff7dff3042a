//! mistake: Python's `False` as the initial value of a visited map for a graph search
//! offending: False
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let nodes = vec!["a", "b", "c"];
    let mut visited = HashMap::new();
    for n in &nodes {
        visited.insert(n, False);
    }
    println!("{}", visited.len());
}
