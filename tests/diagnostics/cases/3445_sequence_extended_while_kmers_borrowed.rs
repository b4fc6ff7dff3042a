//! mistake: appended to the sequence while the k-mer slices still borrow it
//! offending: seq.push_str("TTA")
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut seq = String::from("ACGTACGGT");
    let kmers = comp![&seq[i..i + 3] for i in 0..seq.len() - 2];
    seq.push_str("TTA");
    println!("{kmers:?} from {seq}");
}
