//! mistake: stored `len()` (a `usize`) in a `Vec<u16>` of token lengths
//! offending: tok.len()
//! category: type

struct Batch {
    max_len: u16,
    lengths: Vec<u16>,
}

fn main() {
    let sentences = ["short one", "a much longer sentence for the encoder", "ok"];
    let mut lengths: Vec<u16> = Vec::new();
    for s in &sentences {
        for tok in s.split(' ') {
            lengths.push(tok.len());
        }
    }
    let batch = Batch { max_len: 64, lengths };
    println!("{} / {}", batch.lengths.len(), batch.max_len);
}
