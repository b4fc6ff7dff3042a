//! mistake: a set of `HashSet`s to dedupe groups regardless of order (hand-written)
//! offending: unique.insert(g.iter().copied().collect::<HashSet<&str>>())
use std::collections::HashSet;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"], vec!["c"]];
    let mut unique = HashSet::new();
    for g in &groups {
        unique.insert(g.iter().copied().collect::<HashSet<&str>>());
    }
    println!("{}", unique.len());
}
