//! mistake: returned hashtag slices that borrow a lowercased local `String`
//! offending: text.split_whitespace().filter(|w| w.starts_with('#')).collect()
//! category: ownership
struct Post {
    body: String,
}

fn hashtags(post: &Post) -> Vec<&str> {
    let text = post.body.to_lowercase();
    text.split_whitespace().filter(|w| w.starts_with('#')).collect()
}

fn main() {
    let post = Post { body: "Big news #Rust #Release".into() };
    println!("{:?}", hashtags(&post));
}
