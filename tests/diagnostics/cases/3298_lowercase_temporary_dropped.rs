//! mistake: kept `&str` hashtags borrowed from a temporary `to_lowercase()` String past the statement
//! offending: post.body.to_lowercase()
//! category: ownership
use comprehensions::comp;

struct Post {
    body: String,
}

fn main() {
    let post = Post { body: "Weekend vibes #Hiking #Alps".into() };
    let tags = comp![w for w in post.body.to_lowercase().split_whitespace() if w.starts_with('#')];
    println!("{tags:?}");
}
