//! mistake: indexed the samples with an `i32` range instead of `usize`
//! offending: samples[i]
//! category: type

fn main() {
    let samples: Vec<f64> = vec![0.1, 0.4, 0.9, 0.3];
    let n: i32 = 3;
    let head: Vec<f64> = (0..n).map(|i| samples[i]).collect();
    println!("{head:?}");
}
