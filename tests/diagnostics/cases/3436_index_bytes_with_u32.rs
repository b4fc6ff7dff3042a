//! mistake: indexed the sequence's bytes with `u32` positions instead of `usize`
//! offending: seq.as_bytes()[p]
//! category: type
use comprehensions::comp;

fn main() {
    let seq = "ACGTACGGTACG";
    let snp_positions: Vec<u32> = vec![0, 3, 7];
    let bases = comp![seq.as_bytes()[p] as char for &p in &snp_positions];
    println!("{bases:?}");
}
