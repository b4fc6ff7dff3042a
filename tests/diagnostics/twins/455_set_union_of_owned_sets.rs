//! mistake: Python's `a | b` on two owned HashSets
//! offending: |
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let admins = vec!["ada", "grace"];
    let editors = vec!["grace", "linus"];
    let allowed = admins.iter().map(|u| u.to_string()).collect::<HashSet<String>>()
        | editors.iter().map(|u| u.to_lowercase()).collect::<HashSet<String>>();
    println!("{allowed:?}");
}
