//! mistake: indexed the samples with an `i32` range instead of `usize`
//! offending: samples[i]
//! category: type
use comprehensions::comp;

fn main() {
    let samples: Vec<f64> = vec![0.1, 0.4, 0.9, 0.3];
    let n: i32 = 3;
    let head: Vec<f64> = comp![samples[i] for i in 0..n];
    println!("{head:?}");
}
