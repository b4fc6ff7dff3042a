//! mistake: Python's `[[0] * m for i in range(n)]` with a named loop variable that is never used (`_` in Rust)
//! offending: for i in
//! category: lint
use comprehensions::comp;

fn main() {
    let (n, m) = (3, 4);
    let grid = comp![vec![0; m] for i in 0..n];
    println!("{grid:?}");
}
