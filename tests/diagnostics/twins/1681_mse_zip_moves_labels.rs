//! mistake: `.zip(ys)` on the predictions consumes the labels, then `ys.len()` is used for the mean
//! offending: ys.len()
//! category: ownership
fn mse(xs: &[f64], ys: Vec<f64>, w: f64, b: f64) -> f64 {
    let preds = xs.iter().map(|x| w * x + b);
    preds.zip(ys).map(|(p, y)| (p - y).powi(2)).sum::<f64>() / ys.len() as f64
}

fn main() {
    println!("{}", mse(&[1.0, 2.0, 3.0], vec![2.0, 4.1, 5.9], 2.0, 0.0));
}
