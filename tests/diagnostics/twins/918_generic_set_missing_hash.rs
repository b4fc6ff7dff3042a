//! mistake: a generic set built in a loop, bounded by `Eq + Clone` but not `Hash`
//! offending: insert
//! category: type
use std::collections::HashSet;

fn distinct_tags<T: Eq + Clone>(tags: &[T]) -> HashSet<T> {
    let mut out = HashSet::new();
    for t in tags {
        out.insert(t.clone());
    }
    out
}

fn main() {
    let tags = vec!["rust".to_string(), "python".to_string(), "rust".to_string()];
    println!("{:?}", distinct_tags(&tags));
}
