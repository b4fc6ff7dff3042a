//! mistake: one `match` arm collects a Vec, another a HashSet, so the arms have two types
//! offending: posts.iter().flat_map(|p| p.tags.iter().cloned()).collect::<HashSet<_>>()
//! category: type
use std::collections::HashSet;

struct Post {
    tags: Vec<String>,
}

fn tags(mode: &str, posts: &[Post]) -> usize {
    let result = match mode {
        "all" => posts.iter().flat_map(|p| p.tags.iter().cloned()).collect::<Vec<_>>(),
        "unique" => posts.iter().flat_map(|p| p.tags.iter().cloned()).collect::<HashSet<_>>(),
        _ => Vec::new(),
    };
    result.len()
}

fn main() {
    let posts = vec![Post { tags: vec!["rust".into(), "py".into()] }, Post { tags: vec!["rust".into()] }];
    println!("{}", tags("unique", &posts));
}
