//! mistake: a `let` clause sums the owned row with `into_iter()`, then the inner `for` iterates the moved row (Python: `[[x / s for x in row] for row in m if (s := sum(row))]`)
//! offending: row.into_iter().map
//! category: ownership
fn main() {
    let m: Vec<Vec<f64>> = vec![vec![1.0, 3.0], vec![2.0, 2.0]];
    let p: Vec<Vec<f64>> = m
        .into_iter()
        .map(|row| {
            let s: f64 = row.into_iter().sum();
            row.into_iter().map(|x| x / s).collect::<Vec<f64>>()
        })
        .collect();
    println!("{p:?}");
}
