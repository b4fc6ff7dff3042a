//! mistake: Python's `[t for p in posts for t in p.tags or []]` written `for t in p.tags` over an `Option<Vec<String>>` field, which loops over the whole `Vec` once
//! offending: p.tags
//! category: lint
use comprehensions::comp;

struct Post {
    tags: Option<Vec<String>>,
}

fn main() {
    let posts = vec![
        Post { tags: Some(vec!["rust".into()]) },
        Post { tags: None },
    ];
    let all_tags = comp![t for p in posts for t in p.tags];
    println!("{all_tags:?}");
}
