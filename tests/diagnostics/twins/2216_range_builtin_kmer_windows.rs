//! mistake: wrote Python's `range(len(seq) - k + 1)` for the k-mer window starts
//! offending: range
//! category: python-habit

fn main() {
    let seq = "ACGTACGTTGCAACGT";
    let k = 4;
    let mut kmers: Vec<&str> = Vec::new();
    for i in range(seq.len() - k + 1) {
        kmers.push(&seq[i..i + k]);
    }
    println!("{} windows: {:?}", kmers.len(), kmers);
}
