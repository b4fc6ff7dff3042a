//! mistake: divided the window's `f64` sum by the `usize` window length
//! offending: / window
//! category: type
use comprehensions::comp;

fn main() {
    let closes: Vec<f64> = vec![44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42];
    let window: usize = 4;
    let sma = comp![closes[i - window..i].iter().sum::<f64>() / window for i in window..=closes.len()];
    println!("{sma:?}");
}
