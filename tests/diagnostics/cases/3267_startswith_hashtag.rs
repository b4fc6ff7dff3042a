//! mistake: called Python's `str.startswith` instead of Rust's `starts_with`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

struct Post {
    body: String,
}

fn main() {
    let post = Post { body: "shipping day! #rust #release so tired".into() };
    let tags = comp![w for w in post.body.split_whitespace() if w.startswith("#")];
    println!("{tags:?}");
}
