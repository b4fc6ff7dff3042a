//! mistake: numbered the feed with Python's `enumerate(..)` builtin
//! offending: enumerate(&feed)
//! category: python-habit
use comprehensions::comp;

struct Post {
    title: String,
}

fn main() {
    let feed = vec![Post { title: "Hello world".into() }, Post { title: "Second post".into() }];
    let lines = comp![format!("{}. {}", i + 1, p.title) for i, p in enumerate(&feed)];
    for l in &lines {
        println!("{l}");
    }
}
