//! mistake: returned hashtag slices that borrow a lowercased local `String`
//! offending: comp![w for w in text.split_whitespace() if w.starts_with('#')]
//! category: ownership
use comprehensions::comp;

struct Post {
    body: String,
}

fn hashtags(post: &Post) -> Vec<&str> {
    let text = post.body.to_lowercase();
    comp![w for w in text.split_whitespace() if w.starts_with('#')]
}

fn main() {
    let post = Post { body: "Big news #Rust #Release".into() };
    println!("{:?}", hashtags(&post));
}
