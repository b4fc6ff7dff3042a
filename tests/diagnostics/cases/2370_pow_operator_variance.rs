//! mistake: squared deviations with Python's `**` power operator when computing a feature's variance
//! offending: ** 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ages: Vec<f64> = vec![23.0, 35.0, 41.0, 29.0, 52.0];
    let mean = ages.iter().sum::<f64>() / ages.len() as f64;
    let sq_dev = comp![(a - mean) ** 2 for a in &ages];
    let var = sq_dev.iter().sum::<f64>() / ages.len() as f64;
    println!("mean={mean} var={var}");
}
