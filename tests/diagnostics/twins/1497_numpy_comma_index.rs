//! mistake: NumPy's `m[i, i]` two-dimensional indexing on a `Vec<Vec<_>>` (Rust: `m[i][i]`)
//! offending: m[i, i]
//! category: syntax
fn main() {
    let m = vec![vec![1, 2], vec![3, 4]];
    let diag = (0..2).map(|i| m[i, i]).collect::<Vec<_>>();
    println!("{diag:?}");
}
