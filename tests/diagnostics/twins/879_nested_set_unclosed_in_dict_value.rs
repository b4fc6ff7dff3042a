//! mistake: the closure building the inner set is never closed: a `}` was deleted
//! offending: {
//! category: syntax
use std::collections::{HashMap, HashSet};

fn main() {
    let posts = vec![("a", vec!["rust", "web"]), ("b", vec!["python"])];
    let by_post: HashMap<&str, HashSet<&str>> = posts.iter().map(|(name, tags)| {
        let set: HashSet<&str> = tags.iter().copied().collect();
        (*name, set)
    ).collect();
    println!("{by_post:?}");
}
