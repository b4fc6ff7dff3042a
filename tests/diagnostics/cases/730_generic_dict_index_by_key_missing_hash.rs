//! mistake: indexes items by a generic key `K` in a dict comprehension without bounding `K: Hash + Eq`
//! offending: key(v)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn index_by<K, V, F: Fn(&V) -> K>(items: &[V], key: F) -> HashMap<K, &V> {
    comp!({key(v): v for v in items})
}

fn main() {
    let words = vec!["apple".to_string(), "kiwi".to_string()];
    let by_len = index_by(&words, |w| w.len());
    println!("{by_len:?}");
}
