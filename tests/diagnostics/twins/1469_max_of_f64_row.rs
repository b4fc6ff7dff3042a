//! mistake: Python's `[max(row) for row in scores]` over float rows with `Iterator::max`, which needs `Ord` (f64 is only `PartialOrd`)
//! offending: max()
//! category: type
fn main() {
    let scores: Vec<Vec<f64>> = vec![vec![1.5, 2.0], vec![0.5, 3.25]];
    let best = scores.iter().map(|row| *row.iter().max().unwrap()).collect::<Vec<_>>();
    println!("{best:?}");
}
