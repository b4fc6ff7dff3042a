//! mistake: a nested JSON-like payload's list iterated by value through `payload["items"]`, moving it out of the map
//! offending: payload["items"]
//! category: ownership
use std::collections::HashMap;

fn main() {
    let mut payload: HashMap<String, Vec<HashMap<String, String>>> = HashMap::new();
    payload.insert("items".into(), vec![HashMap::from([("id".to_string(), "42".to_string())])]);
    let mut ids: Vec<String> = Vec::new();
    for item in payload["items"] {
        ids.push(item["id"].clone());
    }
    println!("{ids:?}");
}
