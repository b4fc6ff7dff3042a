//! mistake: collected `index.get(t)` (an `Option`) where posting lists `&Vec<u32>` were expected
//! offending: index.get(t)
//! category: type
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<&str, Vec<u32>> = HashMap::new();
    index.insert("rust", vec![1, 4, 9]);
    index.insert("index", vec![2, 4]);
    let query = ["rust", "index"];
    let mut lists: Vec<&Vec<u32>> = Vec::new();
    for t in &query {
        lists.push(index.get(t));
    }
    println!("{lists:?}");
}
