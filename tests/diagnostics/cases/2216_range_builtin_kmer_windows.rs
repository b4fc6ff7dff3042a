//! mistake: wrote Python's `range(len(seq) - k + 1)` for the k-mer window starts
//! offending: range
//! category: python-habit
use comprehensions::comp;

fn main() {
    let seq = "ACGTACGTTGCAACGT";
    let k = 4;
    // Python: kmers = [seq[i:i + k] for i in range(len(seq) - k + 1)]
    let kmers: Vec<&str> = comp![&seq[i..i + k] for i in range(seq.len() - k + 1)];
    println!("{} windows: {:?}", kmers.len(), kmers);
}
