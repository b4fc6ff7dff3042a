//! mistake: writes a set display of (key, value) tuples where a dict display was meant, annotated as a HashMap
//! offending: HashSet::new()
//! category: type
use std::collections::{HashMap, HashSet};

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let mut sizes: HashMap<String, usize> = HashSet::new();
    for u in &urls {
        sizes.insert((u.clone(), fetch(u).await));
    }
    println!("{sizes:?}");
}
