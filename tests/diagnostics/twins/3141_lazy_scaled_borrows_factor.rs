//! mistake: returned a lazy comprehension that borrows the `factor` parameter, without `move`
//! offending: |t| t * factor
//! category: ownership

fn scaled(temps: &[f64], factor: f64) -> impl Iterator<Item = f64> + '_ {
    temps.iter().map(|t| t * factor)
}

fn main() {
    let anomalies = vec![0.12, -0.05, 0.31, 0.44];
    let in_f: Vec<f64> = scaled(&anomalies, 1.8).collect();
    println!("{in_f:?}");
}
