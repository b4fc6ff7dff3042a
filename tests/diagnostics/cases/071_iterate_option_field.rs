//! mistake: iterating an `Option<Vec<String>>` field, getting the whole Vec as the loop variable
//! offending: to_lowercase
//! category: type
use comprehensions::comp;

struct Post {
    tags: Option<Vec<String>>,
}

fn main() {
    let post = Post { tags: Some(vec!["Rust".into(), "Async".into()]) };
    let tags = comp![tag.to_lowercase() for tag in post.tags];
    println!("{tags:?}");
}
