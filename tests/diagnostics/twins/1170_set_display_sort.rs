//! mistake: collects a HashSet then `.sort()`s it, but a `HashSet` has no order to sort
//! offending: sort()
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let raw = "Rust, python ,rust,Go";
    let mut unique: HashSet<String> = raw.split(',').map(|t| t.trim().to_lowercase()).collect();
    unique.sort();
    println!("{unique:?}");
}
