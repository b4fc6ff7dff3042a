//! mistake: iterated k-mer start positions with Python's `range(0, n)` instead of `0..n`
//! offending: range(
//! category: python-habit
use comprehensions::comp;

fn main() {
    let seq = "ACGTACGGTACG";
    let k = 4;
    let windows = comp![&seq[i..i + k] for i in range(0, seq.len() - k + 1)];
    println!("{windows:?}");
}
