//! mistake: returned k-mer slices of `upper`, a `String` local to the function
//! offending: &upper[i..i + k]
//! category: ownership
use comprehensions::comp;

fn kmers(seq: &str, k: usize) -> Vec<&str> {
    let upper = seq.to_uppercase();
    // Python: return [upper[i:i + k] for i in range(len(upper) - k + 1)]
    comp![&upper[i..i + k] for i in 0..=upper.len() - k]
}

fn main() {
    let soft_masked = "ACGTacgtACGT";
    println!("{:?}", kmers(soft_masked, 5));
}
