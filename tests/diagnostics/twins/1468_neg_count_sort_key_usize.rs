//! mistake: Python's `sorted((-c, w) for w, c in counts.items())` trick of negating a count to sort descending, on a `usize` count
//! offending: -cnt
//! category: type
use std::collections::HashMap;

fn main() {
    let words = ["a", "b", "a", "c", "b", "a"];
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in words {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut ranked = counts.iter().map(|(w, cnt)| (-cnt, w)).collect::<Vec<_>>();
    ranked.sort();
    println!("{ranked:?}");
}
