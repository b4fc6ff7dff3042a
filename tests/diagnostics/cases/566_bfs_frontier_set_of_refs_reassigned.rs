//! mistake: graph BFS: the next frontier is a set of `&usize` (from `&graph[*u]`) assigned back to a `HashSet<usize>`
//! offending: {n for
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let graph: Vec<Vec<usize>> = vec![vec![1, 2], vec![3], vec![3], vec![]];
    let mut seen: HashSet<usize> = HashSet::from([0]);
    let mut frontier: HashSet<usize> = HashSet::from([0]);
    while !frontier.is_empty() {
        // Python: frontier = {n for u in frontier for n in graph[u] if n not in seen}
        frontier = comp!({n for u in &frontier for n in &graph[*u] if !seen.contains(n)});
        seen.extend(&frontier);
    }
    println!("{seen:?}");
}
