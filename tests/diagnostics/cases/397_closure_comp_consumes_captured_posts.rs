//! mistake: a filter closure iterates the captured `posts` by value, so the closure can be called only once (iterate &posts)
//! offending: by_tag("python")
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Post {
    title: String,
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { title: "ownership".to_string(), tags: vec!["rust".to_string()] },
        Post { title: "asyncio".to_string(), tags: vec!["python".to_string()] },
    ];
    // Python: by_tag = lambda tag: [p for p in posts if tag in p.tags]
    let by_tag = |tag: &str| comp![p for p in posts if p.tags.iter().any(|t| t == tag)];
    let rust = by_tag("rust");
    let py = by_tag("python");
    println!("{:?} {:?}", rust, py);
}
