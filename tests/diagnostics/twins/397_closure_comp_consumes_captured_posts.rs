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
    let by_tag = |tag: &str| {
        let mut out = Vec::new();
        for p in posts {
            if p.tags.iter().any(|t| t == tag) {
                out.push(p);
            }
        }
        out
    };
    let rust = by_tag("rust");
    let py = by_tag("python");
    println!("{:?} {:?}", rust, py);
}
