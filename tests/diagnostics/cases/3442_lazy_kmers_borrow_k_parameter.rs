//! mistake: returned a lazy k-mer generator from a function without `move`, so it borrows the parameter `k`
//! offending: &seq[i..i + k]
//! category: ownership
use comprehensions::comp;

fn kmers(seq: &str, k: usize) -> impl Iterator<Item = &str> + '_ {
    comp!((&seq[i..i + k] for i in 0..seq.len() + 1 - k))
}

fn main() {
    for kmer in kmers("ACGTACGG", 3) {
        println!("{kmer}");
    }
}
