//! mistake: iterating an `Option<Vec<String>>` field, getting the whole Vec as the loop variable (hand-written)
struct Post {
    tags: Option<Vec<String>>,
}

fn main() {
    let post = Post { tags: Some(vec!["Rust".into(), "Async".into()]) };
    let mut tags = Vec::new();
    for tag in post.tags {
        tags.push(tag.to_lowercase());
    }
    println!("{tags:?}");
}
