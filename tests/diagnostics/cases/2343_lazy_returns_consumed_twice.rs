//! mistake: counted a lazy generator of returns, then summed the same (already consumed) generator for the mean
//! offending: rets.sum::<f64>()
//! category: ownership
use comprehensions::comp;

fn main() {
    let closes = vec![20.0, 20.4, 20.1, 20.9, 21.3];
    let rets = comp!((closes[i] / closes[i - 1] - 1.0 for i in 1..closes.len()));
    let n = rets.count();
    let mean = rets.sum::<f64>() / n as f64;
    println!("mean daily return {mean:.5}");
}
