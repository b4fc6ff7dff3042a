//! mistake: numpy broadcasting `row - mu` on a `Vec<f64>` row (Python: `[row - mu for row in X]` over numpy arrays)
//! offending: row - mu
//! category: python-habit
fn main() {
    let matrix: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let mu = 2.5;
    let centred: Vec<Vec<f64>> = matrix.iter().map(|row| row - mu).collect();
    println!("{centred:?}");
}
