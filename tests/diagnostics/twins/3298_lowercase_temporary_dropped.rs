//! mistake: kept `&str` hashtags borrowed from a temporary `to_lowercase()` String past the statement
//! offending: post.body.to_lowercase()
//! category: ownership
struct Post {
    body: String,
}

fn main() {
    let post = Post { body: "Weekend vibes #Hiking #Alps".into() };
    let tags: Vec<&str> = post.body.to_lowercase().split_whitespace().filter(|w| w.starts_with('#')).collect();
    println!("{tags:?}");
}
