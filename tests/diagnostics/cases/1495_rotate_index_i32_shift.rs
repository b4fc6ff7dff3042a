//! mistake: Python's rotation `a[(i + k) % n]` with a signed shift `k: i32` added to the `usize` index (Python's `%` also wraps negatives)
//! offending: i + k
//! category: type
use comprehensions::comp;

fn main() {
    let a = vec![10, 20, 30, 40];
    let n = a.len();
    let k: i32 = -1;
    let rotated = comp![a[(i + k) % n] for i in 0..n];
    println!("{rotated:?}");
}
