//! mistake: Python's built-ins `min(a, b)` and `max(a, b)` in a loop, without the import
//! offending: min
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let edges = vec![(3, 1), (1, 3), (2, 5)];
    let mut undirected = HashSet::new();
    for (a, b) in edges {
        undirected.insert((min(a, b), max(a, b)));
    }
    println!("{} edges", undirected.len());
}
