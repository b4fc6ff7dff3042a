//! mistake: graph BFS: collecting `&usize` items into the `HashSet<usize>` frontier (hand-written)
//! offending: collect()
use std::collections::HashSet;

fn main() {
    let graph: Vec<Vec<usize>> = vec![vec![1, 2], vec![3], vec![3], vec![]];
    let mut seen: HashSet<usize> = HashSet::from([0]);
    let mut frontier: HashSet<usize> = HashSet::from([0]);
    while !frontier.is_empty() {
        frontier = frontier
            .iter()
            .flat_map(|u| graph[*u].iter())
            .filter(|n| !seen.contains(*n))
            .collect();
        seen.extend(&frontier);
    }
    println!("{seen:?}");
}
