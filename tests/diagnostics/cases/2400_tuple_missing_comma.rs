//! mistake: left out the comma between the two items of the (token, count) tuple
//! offending: counts[w]
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in "deep learning is deep".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut vocab: Vec<String> = counts.keys().cloned().collect();
    vocab.sort();
    let rows = comp![(w.clone() counts[w]) for w in &vocab];
    println!("{rows:?}");
}
