//! mistake: removed short terms from the index while iterating its keys
//! offending: index.remove(t)
//! category: ownership
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<String, Vec<u32>> = HashMap::new();
    index.insert("a".into(), vec![1, 2, 3]);
    index.insert("of".into(), vec![1, 3]);
    index.insert("tokenizer".into(), vec![2]);
    let mut pruned: Vec<Vec<u32>> = Vec::new();
    for t in index.keys() {
        if t.len() < 3 {
            pruned.push(index.remove(t).unwrap());
        }
    }
    println!("{pruned:?} {}", index.len());
}
