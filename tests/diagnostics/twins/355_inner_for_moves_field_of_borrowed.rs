//! mistake: an inner `for` moving the `Vec<String>` field out of a borrowed struct (hand-written)
struct Post {
    title: String,
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { title: "a".to_string(), tags: vec!["rust".to_string(), "macros".to_string()] },
        Post { title: "b".to_string(), tags: vec!["python".to_string()] },
    ];
    let mut all_tags = Vec::new();
    for p in &posts {
        for t in p.tags {
            all_tags.push(t);
        }
    }
    println!("{all_tags:?} {}", posts[0].title);
}
