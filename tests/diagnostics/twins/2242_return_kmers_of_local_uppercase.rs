//! mistake: returned k-mer slices of `upper`, a `String` local to the function
//! offending: &upper[i..i + k]
//! category: ownership

fn kmers(seq: &str, k: usize) -> Vec<&str> {
    let upper = seq.to_uppercase();
    let mut out = Vec::new();
    for i in 0..=upper.len() - k {
        out.push(&upper[i..i + k]);
    }
    out
}

fn main() {
    let soft_masked = "ACGTacgtACGT";
    println!("{:?}", kmers(soft_masked, 5));
}
