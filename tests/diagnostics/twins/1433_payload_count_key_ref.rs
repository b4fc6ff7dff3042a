//! mistake: a JSON-like `HashMap<String, Vec<String>>` payload iterated by reference, its `&String` keys put in a `HashMap<String, usize>`
//! offending: field
//! category: type
use std::collections::HashMap;

fn main() {
    let mut payload: HashMap<String, Vec<String>> = HashMap::new();
    payload.insert("tags".into(), vec!["a".into(), "b".into()]);
    payload.insert("errors".into(), vec![]);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (field, values) in &payload {
        counts.insert(field, values.len());
    }
    println!("{counts:?}");
}
