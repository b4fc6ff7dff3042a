//! mistake: numbered the feed with Python's `enumerate(..)` builtin
//! offending: enumerate(&feed)
//! category: python-habit
struct Post {
    title: String,
}

fn main() {
    let feed = vec![Post { title: "Hello world".into() }, Post { title: "Second post".into() }];
    let mut lines = Vec::new();
    for (i, p) in enumerate(&feed) {
        lines.push(format!("{}. {}", i + 1, p.title));
    }
    for l in &lines {
        println!("{l}");
    }
}
