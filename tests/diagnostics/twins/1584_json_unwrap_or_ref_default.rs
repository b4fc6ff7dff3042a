//! mistake: `unwrap_or(0)` on the `Option<&i64>` of a nested JSON-like map lookup, as Python's `d.get("count", 0)`
//! offending: unwrap_or(0)
//! category: type
use std::collections::HashMap;

fn main() {
    let mut data: HashMap<String, HashMap<String, i64>> = HashMap::new();
    data.insert("api".into(), HashMap::from([("count".to_string(), 3)]));
    data.insert("web".into(), HashMap::new());
    let counts: HashMap<_, _> = data.iter().map(|(k, v)| (k.clone(), v.get("count").unwrap_or(0))).collect();
    println!("{counts:?}");
}
