//! mistake: indexes items by a generic key `K` in a dict comprehension without bounding `K: Hash + Eq`
//! offending: insert
//! category: type
use std::collections::HashMap;

fn index_by<K, V, F: Fn(&V) -> K>(items: &[V], key: F) -> HashMap<K, &V> {
    let mut out = HashMap::new();
    for v in items {
        out.insert(key(v), v);
    }
    out
}

fn main() {
    let words = vec!["apple".to_string(), "kiwi".to_string()];
    let by_len = index_by(&words, |w| w.len());
    println!("{by_len:?}");
}
