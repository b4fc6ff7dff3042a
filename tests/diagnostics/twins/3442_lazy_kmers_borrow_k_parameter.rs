//! mistake: returned a lazy k-mer generator from a function without `move`, so it borrows the parameter `k`
//! offending: &seq[i..i + k]
//! category: ownership
fn kmers(seq: &str, k: usize) -> impl Iterator<Item = &str> + '_ {
    (0..seq.len() + 1 - k).map(|i| &seq[i..i + k])
}

fn main() {
    for kmer in kmers("ACGTACGG", 3) {
        println!("{kmer}");
    }
}
