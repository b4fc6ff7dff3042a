//! mistake: joined hashtags with Python's `", ".join(seq)` on the separator
//! offending: join
//! category: python-habit
struct Post {
    id: u64,
    tags: Vec<String>,
}

fn main() {
    let posts = vec![
        Post { id: 1, tags: vec!["#rust".into(), "#async".into()] },
        Post { id: 2, tags: vec!["#cats".into()] },
    ];
    let mut captions: Vec<String> = Vec::new();
    for p in &posts {
        if p.id > 0 {
            captions.push(", ".join(&p.tags));
        }
    }
    println!("{captions:?}");
}
