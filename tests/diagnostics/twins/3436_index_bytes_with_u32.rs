//! mistake: indexed the sequence's bytes with `u32` positions instead of `usize`
//! offending: seq.as_bytes()[p]
//! category: type
fn main() {
    let seq = "ACGTACGGTACG";
    let snp_positions: Vec<u32> = vec![0, 3, 7];
    let bases: Vec<char> = snp_positions.iter().map(|&p| seq.as_bytes()[p] as char).collect();
    println!("{bases:?}");
}
