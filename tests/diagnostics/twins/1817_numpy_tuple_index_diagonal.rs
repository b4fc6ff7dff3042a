//! mistake: numpy's tuple index `m[i, i]` on a `Vec<Vec<f64>>` (Python: `[m[i, i] for i in range(n)]`)
//! offending: m[i, i]
//! category: syntax
fn main() {
    let m: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let diag: Vec<f64> = (0..m.len()).map(|i| m[i, i]).collect();
    println!("{diag:?}");
}
