//! mistake: squared the deviation from the class mean with Python's `**`
//! offending: **
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores: Vec<f64> = vec![72.0, 88.5, 91.0, 64.5, 79.0];
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    let squared_dev = comp![(s - mean) ** 2 for s in &scores];
    let variance = squared_dev.iter().sum::<f64>() / scores.len() as f64;
    println!("variance {variance:.2}");
}
