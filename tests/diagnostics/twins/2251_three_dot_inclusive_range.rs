//! mistake: wrote the inclusive range of codon indices as `0...n_codons` (old `...`) instead of `0..=n_codons`
//! offending: ...
//! category: syntax

fn main() {
    let orf = "ATGAAACCCGGGTTTTAA";
    let n_codons = orf.len() / 3 - 1;
    let mut starts: Vec<usize> = Vec::new();
    for i in 0...n_codons {
        starts.push(3 * i);
    }
    let codons: Vec<&str> = starts.iter().map(|&s| &orf[s..s + 3]).collect();
    println!("{codons:?}");
}
