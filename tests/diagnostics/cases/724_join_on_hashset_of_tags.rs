//! mistake: calls `.join(", ")` on a `HashSet` of tags, as `", ".join(tags)` takes any iterable
//! offending: join
//! category: python-habit
use comprehensions::comp;

struct Post {
    tags: Vec<String>,
}

fn main() {
    let rows = vec![
        Post { tags: vec!["rust".to_string(), "python".to_string()] },
        Post { tags: vec!["rust".to_string()] },
    ];
    let tags = comp!({t.as_str() for r in &rows for t in &r.tags});
    println!("{}", tags.join(", "));
}
