//! mistake: `for t in p.tags` over an `Option<Vec<String>>` field in nested loops
//! offending: p.tags
//! category: lint

struct Post {
    tags: Option<Vec<String>>,
}

fn main() {
    let posts = vec![
        Post { tags: Some(vec!["rust".into()]) },
        Post { tags: None },
    ];
    let mut all_tags = Vec::new();
    for p in posts {
        for t in p.tags {
            all_tags.push(t);
        }
    }
    println!("{all_tags:?}");
}
