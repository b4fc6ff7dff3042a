//! mistake: a dot product of `f64` features with `i32` weights, as Python mixes int and float freely
//! offending: a * b
//! category: type
use comprehensions::comp;

fn main() {
    let features: Vec<f64> = vec![0.5, 1.5, 2.0];
    let weights: Vec<i32> = vec![2, -1, 3];
    let score = comp!((a * b for (a, b) in features.iter().zip(&weights))).sum::<f64>();
    println!("{score}");
}
