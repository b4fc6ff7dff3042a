//! mistake: iterated k-mer start positions with Python's `range(0, n)` instead of `0..n`
//! offending: range(
//! category: python-habit
fn main() {
    let seq = "ACGTACGGTACG";
    let k = 4;
    let windows: Vec<&str> = range(0, seq.len() - k + 1).map(|i| &seq[i..i + k]).collect();
    println!("{windows:?}");
}
