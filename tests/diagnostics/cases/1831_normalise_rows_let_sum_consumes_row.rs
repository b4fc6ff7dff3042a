//! mistake: a `let` clause sums the owned row with `into_iter()`, then the inner `for` iterates the moved row (Python: `[[x / s for x in row] for row in m if (s := sum(row))]`)
//! offending: for x in row
//! category: ownership
use comprehensions::comp;

fn main() {
    let m: Vec<Vec<f64>> = vec![vec![1.0, 3.0], vec![2.0, 2.0]];
    let p: Vec<Vec<f64>> = comp![[x / s for x in row] for row in m let s: f64 = row.into_iter().sum()];
    println!("{p:?}");
}
