//! mistake: a dict comprehension over `&edges` keyed by `(a, b)`, which are `&String`s, where `HashMap<(String, String), u32>` is expected
//! offending: (a, b)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn total(w: &HashMap<(String, String), u32>) -> u32 {
    w.values().sum()
}

fn main() {
    let edges = vec![("a".to_string(), "b".to_string(), 3), ("b".to_string(), "c".to_string(), 4)];
    let weights: HashMap<(String, String), u32> = comp!({(a, b): *w for (a, b, w) in &edges});
    println!("{}", total(&weights));
}
