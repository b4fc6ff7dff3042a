//! mistake: appended to the sequence while the k-mer slices still borrow it
//! offending: seq.push_str("TTA")
//! category: ownership
fn main() {
    let mut seq = String::from("ACGTACGGT");
    let kmers: Vec<&str> = (0..seq.len() - 2).map(|i| &seq[i..i + 3]).collect();
    seq.push_str("TTA");
    println!("{kmers:?} from {seq}");
}
