//! mistake: iterated the k-mer counts with Python's `dict.items()` instead of `.iter()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let seq = "ACGTACGTACGGT";
    let k = 3;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for i in 0..=seq.len() - k {
        *counts.entry(seq[i..i + k].to_string()).or_insert(0) += 1;
    }
    let total: usize = counts.values().sum();
    // Python: freqs = {kmer: n / total for kmer, n in counts.items()}
    let freqs: HashMap<&String, f64> = comp!({kmer: *n as f64 / total as f64 for kmer, n in counts.items()});
    let mut sorted: Vec<_> = freqs.into_iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    println!("{sorted:?}");
}
