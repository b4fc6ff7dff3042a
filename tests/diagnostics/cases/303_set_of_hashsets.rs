//! mistake: a set of `HashSet`s to dedupe groups regardless of order (Python's `{frozenset(g) for g in groups}`)
//! offending: g.iter().copied().collect::<HashSet<&str>>()
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"], vec!["c"]];
    // Python: unique = {frozenset(g) for g in groups}
    let unique = comp!({g.iter().copied().collect::<HashSet<&str>>() for g in &groups});
    println!("{}", unique.len());
}
