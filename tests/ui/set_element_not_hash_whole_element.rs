use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"]];
    let _unique = comp!({g.iter().copied().collect::<HashSet<&str>>() for g in &groups});
}
