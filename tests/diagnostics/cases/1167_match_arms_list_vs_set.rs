//! mistake: one `match` arm is a list comprehension, another a set comprehension (Python iterates either), so the arms have two types
//! offending: comp!({t.clone() for p in posts for t in &p.tags})
//! category: type
use comprehensions::comp;

struct Post {
    tags: Vec<String>,
}

fn tags(mode: &str, posts: &[Post]) -> usize {
    let result = match mode {
        "all" => comp![t.clone() for p in posts for t in &p.tags],
        "unique" => comp!({t.clone() for p in posts for t in &p.tags}),
        _ => Vec::new(),
    };
    result.len()
}

fn main() {
    let posts = vec![Post { tags: vec!["rust".into(), "py".into()] }, Post { tags: vec!["rust".into()] }];
    println!("{}", tags("unique", &posts));
}
