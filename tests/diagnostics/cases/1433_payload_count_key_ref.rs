//! mistake: a JSON-like `HashMap<String, Vec<String>>` payload iterated by reference, its `&String` keys put in a `HashMap<String, usize>`
//! offending: field
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut payload: HashMap<String, Vec<String>> = HashMap::new();
    payload.insert("tags".into(), vec!["a".into(), "b".into()]);
    payload.insert("errors".into(), vec![]);
    let counts: HashMap<String, usize> = comp!({field: values.len() for (field, values) in &payload});
    println!("{counts:?}");
}
