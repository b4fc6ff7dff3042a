//! mistake: a generic set comprehension bounded by `Eq + Clone` but not `Hash`
//! offending: t.clone()
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

fn distinct_tags<T: Eq + Clone>(tags: &[T]) -> HashSet<T> {
    comp!({t.clone() for t in tags})
}

fn main() {
    let tags = vec!["rust".to_string(), "python".to_string(), "rust".to_string()];
    println!("{:?}", distinct_tags(&tags));
}
