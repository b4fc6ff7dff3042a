//! mistake: Python's `[max(row) for row in scores]` over float rows with `Iterator::max`, which needs `Ord` (f64 is only `PartialOrd`)
//! offending: max()
//! category: type
use comprehensions::comp;

fn main() {
    let scores: Vec<Vec<f64>> = vec![vec![1.5, 2.0], vec![0.5, 3.25]];
    let best = comp![*row.iter().max().unwrap() for row in &scores];
    println!("{best:?}");
}
