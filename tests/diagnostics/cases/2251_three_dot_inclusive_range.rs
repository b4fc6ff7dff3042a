//! mistake: wrote the inclusive range of codon indices as `0...n_codons` (old `...`) instead of `0..=n_codons`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn main() {
    let orf = "ATGAAACCCGGGTTTTAA";
    let n_codons = orf.len() / 3 - 1;
    // Python: starts = [3 * i for i in range(n_codons + 1)]
    let starts: Vec<usize> = comp![3 * i for i in 0...n_codons];
    let codons: Vec<&str> = starts.iter().map(|&s| &orf[s..s + 3]).collect();
    println!("{codons:?}");
}
