//! mistake: subtracted an `f64` mean from an integer sample in a typed `let` clause
//! offending: v - mean
//! category: type
use comprehensions::comp;

fn main() {
    let latencies: Vec<i64> = vec![10, 14, 9, 30];
    let mean: f64 = 15.75;
    let sq: Vec<f64> = comp![d * d for v in &latencies let d: f64 = v - mean];
    println!("{sq:?}");
}
