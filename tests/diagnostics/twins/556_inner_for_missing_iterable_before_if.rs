//! mistake: graph BFS: an edit removed the inner `for`'s iterable (hand-written)
//! offending: in if
use std::collections::{HashMap, HashSet};

fn main() {
    let graph: HashMap<&str, Vec<&str>> =
        HashMap::from([("a", vec!["b", "c"]), ("b", vec!["c"]), ("c", vec![])]);
    let seen: HashSet<&str> = HashSet::from(["a"]);
    let frontier = vec!["a", "b"];
    let mut next = HashSet::new();
    for u in &frontier {
        for n in if !seen.contains(n) {
            next.insert(*n);
        }
    }
    println!("{next:?} {}", graph.len());
}
