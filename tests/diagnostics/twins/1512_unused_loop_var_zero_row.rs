//! mistake: Python's `[[0] * m for i in range(n)]` with a named loop variable that is never used (`_` in Rust)
//! offending: |i|
//! category: lint
fn main() {
    let (n, m) = (3, 4);
    let grid = (0..n).map(|i| vec![0; m]).collect::<Vec<_>>();
    println!("{grid:?}");
}
