//! mistake: stored `len()` (a `usize`) in a `Vec<u16>` of token lengths
//! offending: tok.len()
//! category: type
use comprehensions::comp;

struct Batch {
    max_len: u16,
    lengths: Vec<u16>,
}

fn main() {
    let sentences = ["short one", "a much longer sentence for the encoder", "ok"];
    let lengths: Vec<u16> = comp![tok.len() for s in &sentences for tok in s.split(' ')];
    let batch = Batch { max_len: 64, lengths };
    println!("{} / {}", batch.lengths.len(), batch.max_len);
}
