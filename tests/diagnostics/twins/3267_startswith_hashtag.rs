//! mistake: called Python's `str.startswith` instead of Rust's `starts_with`
//! offending: startswith
//! category: python-habit
struct Post {
    body: String,
}

fn main() {
    let post = Post { body: "shipping day! #rust #release so tired".into() };
    let tags: Vec<&str> = post.body.split_whitespace().filter(|w| w.startswith("#")).collect();
    println!("{tags:?}");
}
