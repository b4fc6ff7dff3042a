use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"]];
    let _unique = comp!({g.iter().copied().collect::<HashSet<&str>>() for g in &groups});
}

// Python's `{frozenset(g) for g in groups}` as a set of nested set
// displays: the bound on the inner display, as on the element above.
fn nested() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"]];
    let _unique = comp!({{m for m in g} for g in &groups});
}
