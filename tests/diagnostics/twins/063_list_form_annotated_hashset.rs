//! mistake: a list comprehension assigned to a `HashSet` annotation (wanted the `{..}` form) (hand-written)
//! offending: trimmed;
use std::collections::HashSet;

fn main() {
    let tags = "rust, python ,rust".split(',');
    let mut trimmed = Vec::new();
    for t in tags {
        trimmed.push(t.trim());
    }
    let unique: HashSet<&str> = trimmed;
    println!("{}", unique.len());
}
