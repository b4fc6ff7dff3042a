//! mistake: flattens `&index` (a `HashMap<String, Vec<String>>`) into owned `(String, String)` pairs without cloning the borrowed key and tag
//! offending: (k, t)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, Vec<String>> = HashMap::new();
    index.insert("post1".into(), vec!["rust".into(), "python".into()]);
    let pairs: Vec<(String, String)> = comp![(k, t) for (k, tags) in &index for t in tags];
    println!("{pairs:?}");
}
