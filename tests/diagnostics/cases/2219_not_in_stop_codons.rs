//! mistake: filtered stop codons out with Python's `c not in STOP_CODONS`
//! offending: not in
//! category: python-habit
use comprehensions::comp;

const STOP_CODONS: [&str; 3] = ["TAA", "TAG", "TGA"];

fn main() {
    let orf = "ATGGCCTAATTGTAGATGTGAGGC";
    let codons: Vec<&str> = (0..orf.len() / 3).map(|i| &orf[3 * i..3 * i + 3]).collect();
    // Python: coding = [c for c in codons if c not in STOP_CODONS]
    let coding: Vec<&str> = comp![*c for c in &codons if c not in STOP_CODONS];
    println!("{} of {} codons are sense codons", coding.len(), codons.len());
}
