//! mistake: inserts a `HashSet` into a `HashSet` in a loop: a `HashSet` is not `Hash`
//! offending: insert
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"], vec!["c"]];
    let mut unique = HashSet::new();
    for g in &groups {
        unique.insert(g.iter().collect::<HashSet<_>>());
    }
    println!("{} distinct groups", unique.len());
}
