//! mistake: a set collected and assigned to a `Vec` annotation (hand-written)
//! offending: raw.into_iter().collect::<HashSet<_>>()
use std::collections::HashSet;

fn main() {
    let raw = ["rust", "python", "rust"];
    let tags: Vec<&str> = raw.into_iter().collect::<HashSet<_>>();
    println!("{tags:?}");
}
