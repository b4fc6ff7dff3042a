//! mistake: compares a set comprehension with a `vec!` in an assertion, as Python's `{...} == {...}` with a list literal
//! offending: assert_eq!(tags, vec!["rust", "python"])
//! category: type
use std::collections::HashSet;

fn main() {
    let posts = vec!["#rust is fun", "#python too", "more #rust"];
    let mut tags = HashSet::new();
    for p in &posts {
        for w in p.split(' ') {
            if w.starts_with('#') {
                tags.insert(w.trim_start_matches('#'));
            }
        }
    }
    assert_eq!(tags, vec!["rust", "python"]);
}
