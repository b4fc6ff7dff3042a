//! mistake: wrote the pair element `kmer, n` without the parentheses a tuple needs
//! offending: kmer, n for
//! category: syntax
use comprehensions::comp;
use std::collections::BTreeMap;

fn main() {
    let seq = "GATTACAGATTACA";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in 0..=seq.len() - 2 {
        *counts.entry(&seq[i..i + 2]).or_insert(0) += 1;
    }
    // Python: frequent = [(kmer, n) for kmer, n in counts.items() if n > 1]
    let frequent: Vec<(&str, usize)> = comp![kmer, n for (&kmer, &n) in &counts if n > 1];
    println!("{frequent:?}");
}
