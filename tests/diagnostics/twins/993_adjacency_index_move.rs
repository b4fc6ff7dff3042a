//! mistake: a dict of sets iterates `adj[node]` by value, moving the neighbour list out of the map
//! offending: adj[node]
//! category: ownership
use std::collections::{HashMap, HashSet};

fn main() {
    let adj: HashMap<&str, Vec<&str>> = HashMap::from([("a", vec!["b", "c"]), ("b", vec!["c"]), ("c", vec![])]);
    let nodes = vec!["a", "b", "c"];
    let mut reach: HashMap<&str, HashSet<&str>> = HashMap::new();
    for node in &nodes {
        let mut set = HashSet::new();
        for n in adj[node] {
            set.insert(n);
        }
        reach.insert(node, set);
    }
    println!("{reach:?}");
}
