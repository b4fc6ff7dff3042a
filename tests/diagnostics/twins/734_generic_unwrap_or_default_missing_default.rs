//! mistake: falls back with `.unwrap_or_default()` on a generic `V` bounded by `Clone` only, `dict.get(k, default)`'s habit
//! offending: unwrap_or_default
//! category: type
use std::collections::HashMap;

fn lookup_all<V: Clone>(m: &HashMap<String, V>, keys: &[&str]) -> Vec<V> {
    let mut out = Vec::new();
    for k in keys {
        out.push(m.get(*k).cloned().unwrap_or_default());
    }
    out
}

fn main() {
    let m = HashMap::from([("a".to_string(), 1)]);
    println!("{:?}", lookup_all(&m, &["a", "b"]));
}
