//! mistake: graph BFS: an edit removed the inner `for`'s iterable, leaving `for n in if ..`
//! offending: in if
//! category: syntax
use comprehensions::comp;
use std::collections::{HashMap, HashSet};

fn main() {
    let graph: HashMap<&str, Vec<&str>> =
        HashMap::from([("a", vec!["b", "c"]), ("b", vec!["c"]), ("c", vec![])]);
    let seen: HashSet<&str> = HashSet::from(["a"]);
    let frontier = vec!["a", "b"];
    // Python: {n for u in frontier for n in graph[u] if n not in seen}
    let next = comp!({*n for u in &frontier for n in if !seen.contains(n)});
    println!("{next:?} {}", graph.len());
}
