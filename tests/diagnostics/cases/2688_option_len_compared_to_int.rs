//! mistake: compared `index.get(t).map(..)` (an `Option<usize>`) with a plain integer
//! offending: index.get(t).map(|p| p.len()) > 3
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<&str, Vec<u32>> = HashMap::new();
    index.insert("the", vec![1, 2, 3, 4, 5]);
    index.insert("rust", vec![2]);
    let query_terms = vec!["the", "rust", "zebra"];
    let common: Vec<&str> = comp![t for t in query_terms.iter().copied() if index.get(t).map(|p| p.len()) > 3];
    println!("{common:?}");
}
