//! mistake: Python's `** 2` to square the deviations in a variance
//! offending: **
//! category: python-habit
fn variance(xs: &[f64]) -> f64 {
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    xs.iter().map(|x| (x - mean) ** 2).sum::<f64>() / xs.len() as f64
}

fn main() {
    println!("{}", variance(&[2.0, 4.0, 4.0, 5.0, 7.0]));
}
