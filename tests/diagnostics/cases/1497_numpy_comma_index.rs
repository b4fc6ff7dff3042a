//! mistake: NumPy's `m[i, i]` two-dimensional indexing on a `Vec<Vec<_>>` (Rust: `m[i][i]`)
//! offending: m[i, i]
//! category: syntax
use comprehensions::comp;

fn main() {
    let m = vec![vec![1, 2], vec![3, 4]];
    let diag = comp![m[i, i] for i in 0..2];
    println!("{diag:?}");
}
