//! mistake: squared deviations with Python's `**` when computing temperature variance
//! offending: **
//! category: python-habit

fn main() {
    let daily_highs: Vec<f64> = vec![21.3, 23.9, 19.4, 25.0, 22.2];
    let mean = daily_highs.iter().sum::<f64>() / daily_highs.len() as f64;
    let sq_dev: Vec<f64> = daily_highs.iter().map(|t| (t - mean) ** 2).collect();
    let variance = sq_dev.iter().sum::<f64>() / (daily_highs.len() - 1) as f64;
    println!("variance = {variance:.3}");
}
