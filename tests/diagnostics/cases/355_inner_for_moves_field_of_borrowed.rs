//! mistake: `[t for p in posts for t in p.tags]` over `&posts`: the inner `for` moves the `Vec<String>` field out of a borrowed struct
//! offending: p.tags
//! category: ownership
use comprehensions::comp;

struct Post {
    title: String,
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { title: "a".to_string(), tags: vec!["rust".to_string(), "macros".to_string()] },
        Post { title: "b".to_string(), tags: vec!["python".to_string()] },
    ];
    let all_tags = comp![t for p in &posts for t in p.tags];
    println!("{all_tags:?} {}", posts[0].title);
}
