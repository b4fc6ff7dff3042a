//! mistake: the nested set in a dict value is never closed: its `}` was deleted
//! offending: {t for t in tags
//! category: syntax
use comprehensions::comp;

fn main() {
    let posts = vec![("a", vec!["rust", "web"]), ("b", vec!["python"])];
    let by_post = comp!({name: {t for t in tags for (name, tags) in &posts});
    println!("{by_post:?}");
}
