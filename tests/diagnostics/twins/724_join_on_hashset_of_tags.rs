//! mistake: calls `.join(", ")` on a `HashSet` of tags, as `", ".join(tags)` takes any iterable
//! offending: join
//! category: python-habit
use std::collections::HashSet;

struct Post {
    tags: Vec<String>,
}

fn main() {
    let rows = vec![
        Post { tags: vec!["rust".to_string(), "python".to_string()] },
        Post { tags: vec!["rust".to_string()] },
    ];
    let mut tags = HashSet::new();
    for r in &rows {
        for t in &r.tags {
            tags.insert(t.as_str());
        }
    }
    println!("{}", tags.join(", "));
}
