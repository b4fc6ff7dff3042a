//! mistake: stored `usize` k-mer counts into a `HashMap<&str, u32>`
//! offending: seq.matches(k).count()
//! category: type
use std::collections::HashMap;

fn kmers(seq: &str, k: usize) -> Vec<&str> {
    (0..=seq.len() - k).map(|i| &seq[i..i + k]).collect()
}

fn main() {
    let seq = "ACGTACGGTACG";
    let counts: HashMap<&str, u32> = kmers(seq, 2).into_iter().map(|k| (k, seq.matches(k).count())).collect();
    println!("{counts:?}");
}
