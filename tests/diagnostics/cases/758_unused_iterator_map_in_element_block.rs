//! mistake: calls `.map(..)` in a block element for its effect, expecting it to run as a loop does
//! offending: r.tags.iter().map(|t| t.to_lowercase())
//! category: lint
use comprehensions::comp;

struct Post {
    tags: Vec<String>,
}

fn main() {
    let rows = vec![Post { tags: vec!["Rust".to_string(), "CLI".to_string()] }];
    let counts = comp![{ r.tags.iter().map(|t| t.to_lowercase()); r.tags.len() } for r in &rows];
    println!("{counts:?}");
}
