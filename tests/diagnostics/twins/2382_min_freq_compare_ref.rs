//! mistake: compared the borrowed count `&usize` from `&counts` against the `usize` threshold
//! offending: c >= min_freq
//! category: type
use std::collections::HashMap;

fn build_vocab(counts: &HashMap<String, usize>, min_freq: usize) -> Vec<String> {
    let mut vocab = Vec::new();
    for (w, c) in counts {
        if c >= min_freq {
            vocab.push(w.clone());
        }
    }
    vocab
}

fn main() {
    let mut counts = HashMap::new();
    for w in "a rose is a rose is a rose".split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", build_vocab(&counts, 2));
}
