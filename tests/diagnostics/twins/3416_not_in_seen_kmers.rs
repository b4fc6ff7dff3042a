//! mistake: tested membership of a k-mer in a set with Python's `not in`
//! offending: not in
//! category: python-habit
use std::collections::HashSet;

fn kmers(seq: &str, k: usize) -> Vec<&str> {
    (0..=seq.len() - k).map(|i| &seq[i..i + k]).collect()
}

fn main() {
    let seq = "ACGTACGGTACG";
    let known: HashSet<&str> = ["ACG", "CGT", "GTA"].into_iter().collect();
    let novel: Vec<&str> = kmers(seq, 3).into_iter().filter(|k| k not in known).collect();
    println!("{novel:?}");
}
