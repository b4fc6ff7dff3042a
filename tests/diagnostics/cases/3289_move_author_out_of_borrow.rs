//! mistake: moved a `String` field out of a post borrowed by `for p in &posts`
//! offending: p.author
//! category: ownership
use comprehensions::comp;

struct Post {
    author: String,
    body: String,
}

fn main() {
    let posts = vec![
        Post { author: "@ana".into(), body: "hi".into() },
        Post { author: "@bo".into(), body: "yo".into() },
    ];
    let authors: Vec<String> = comp![p.author for p in &posts];
    println!("{authors:?} wrote {} posts", posts.len());
    println!("{}", posts[0].body);
}
