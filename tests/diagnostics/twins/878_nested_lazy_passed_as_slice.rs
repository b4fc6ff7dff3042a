//! mistake: a lazy filter is passed by reference to a function that takes a slice
//! offending: &row.iter().filter(|x| **x > 0.0)
//! category: type
fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let rows = vec![vec![1.0, -2.0, 3.0], vec![4.0, 5.0]];
    let means: Vec<f64> = rows.iter().map(|row| mean(&row.iter().filter(|x| **x > 0.0))).collect();
    println!("{means:?}");
}
