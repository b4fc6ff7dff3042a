//! mistake: a generic map filled in a loop with the `&T` from `iter().enumerate()` where `T` is returned
//! offending: item);
//! category: type
use std::collections::HashMap;

fn by_position<T: Clone>(items: &[T]) -> HashMap<usize, T> {
    let mut out = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        out.insert(i, item);
    }
    out
}

fn main() {
    let m = by_position(&["a".to_string(), "b".to_string()]);
    println!("{m:?}");
}
