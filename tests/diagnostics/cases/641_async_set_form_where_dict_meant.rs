//! mistake: writes a set display of (key, value) tuples where a dict display was meant, annotated as a HashMap
//! offending: {(u.clone(), fetch(u).await) for u in &urls}
//! category: type
use std::collections::HashMap;

use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let sizes: HashMap<String, usize> = acomp!({(u.clone(), fetch(u).await) for u in &urls});
    println!("{sizes:?}");
}
