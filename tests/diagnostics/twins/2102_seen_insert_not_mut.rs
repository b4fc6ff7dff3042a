//! mistake: deduplicated discovered links with `seen.insert(..)` in the filter, but declared `seen` without `mut`
//! offending: seen
//! category: ownership
use std::collections::HashSet;

fn main() {
    let links = vec!["/a".to_string(), "/b".to_string(), "/a".to_string()];
    let seen = HashSet::new();
    let fresh: Vec<&String> = links.iter().filter(|l| seen.insert(l.as_str())).collect();
    println!("{fresh:?}");
}
