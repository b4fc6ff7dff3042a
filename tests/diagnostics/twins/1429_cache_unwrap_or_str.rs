//! mistake: `cache.get(id, "guest")` ported as `.unwrap_or("guest")` on an `Option<&String>`
//! offending: "guest"
//! category: type
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u64, String> = HashMap::new();
    cache.insert(1, "ana".to_string());
    let ids = vec![1u64, 2, 3];
    let mut names: Vec<String> = Vec::new();
    for id in &ids {
        names.push(cache.get(id).unwrap_or("guest").to_string());
    }
    println!("{names:?}");
}
