//! mistake: deduplicated tokens in order with `seen.insert(..)` on a `seen` set not declared `mut`
//! offending: seen.insert(w)
//! category: ownership
use std::collections::HashSet;

fn main() {
    let suggestions = "yes yes no maybe yes no sure";
    let seen = HashSet::new();
    let mut unique = Vec::new();
    for w in suggestions.split(' ') {
        if seen.insert(w) {
            unique.push(w);
        }
    }
    println!("{unique:?}");
}
