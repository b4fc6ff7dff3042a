//! mistake: moved the path `String` into the dict key, then borrowed it in the value
//! offending: load_body(&path)
//! category: ownership
use std::collections::HashMap;

fn load_body(path: &str) -> String {
    format!("contents of {path}")
}

fn main() {
    let paths: Vec<String> = vec!["docs/intro.md".into(), "docs/bm25.md".into()];
    let corpus: HashMap<String, String> = paths.into_iter().map(|path| (path, load_body(&path))).collect();
    println!("{corpus:?}");
}
