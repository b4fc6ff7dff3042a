//! mistake: moved the path `String` into the dict key, then borrowed it in the value
//! offending: load_body(&path)
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn load_body(path: &str) -> String {
    format!("contents of {path}")
}

fn main() {
    let paths: Vec<String> = vec!["docs/intro.md".into(), "docs/bm25.md".into()];
    let corpus: HashMap<String, String> = comp!({path: load_body(&path) for path in paths});
    println!("{corpus:?}");
}
