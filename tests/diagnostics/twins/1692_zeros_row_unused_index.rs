//! mistake: Python's `[0.0 for i in range(n)]` keeps a loop variable that is never used
//! offending: i
//! category: lint
fn main() {
    let n = 4;
    let row: Vec<f64> = (0..n).map(|i| 0.0).collect();
    println!("{row:?}");
}
