//! mistake: a map over `&edges` keyed by `(a, b)`, which are `&String`s, collected where `HashMap<(String, String), u32>` is expected
//! offending: (a, b)
//! category: type
use std::collections::HashMap;

fn total(w: &HashMap<(String, String), u32>) -> u32 {
    w.values().sum()
}

fn main() {
    let edges = vec![("a".to_string(), "b".to_string(), 3), ("b".to_string(), "c".to_string(), 4)];
    let weights: HashMap<(String, String), u32> = edges.iter().map(|(a, b, w)| ((a, b), *w)).collect();
    println!("{}", total(&weights));
}
