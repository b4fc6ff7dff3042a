//! mistake: wrote the pair element `kmer, n` without the parentheses a tuple needs
//! offending: kmer, n
//! category: syntax
use std::collections::BTreeMap;

fn main() {
    let seq = "GATTACAGATTACA";
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in 0..=seq.len() - 2 {
        *counts.entry(&seq[i..i + 2]).or_insert(0) += 1;
    }
    let frequent: Vec<(&str, usize)> =
        counts.iter().filter(|(_, &n)| n > 1).map(|(&kmer, &n)| kmer, n).collect();
    println!("{frequent:?}");
}
