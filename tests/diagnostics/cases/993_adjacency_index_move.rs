//! mistake: a dict of sets iterates `adj[node]` by value, moving the neighbour list out of the map
//! offending: adj[node]
//! category: ownership
use comprehensions::comp;
use std::collections::{HashMap, HashSet};

fn main() {
    let adj: HashMap<&str, Vec<&str>> = HashMap::from([("a", vec!["b", "c"]), ("b", vec!["c"]), ("c", vec![])]);
    let nodes = vec!["a", "b", "c"];
    let reach: HashMap<&str, HashSet<&str>> = comp!({node: {n for n in adj[node]} for node in &nodes});
    println!("{reach:?}");
}
