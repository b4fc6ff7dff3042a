//! mistake: dedupes with Python's `seen` idiom, `if seen.insert(w)`, but declared `seen` without `mut`
//! offending: seen.insert(w)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

fn main() {
    let lines = vec!["a b a", "c b"];
    let seen = HashSet::new();
    let unique = comp![w for line in &lines for w in line.split(' ') if seen.insert(w)];
    println!("{unique:?}");
}
