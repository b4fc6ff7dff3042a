//! mistake: sliced the moving-average window with Python's `closes[i - window:i]`
//! offending: closes[i - window:i]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let closes = vec![101.2, 102.8, 101.9, 103.4, 104.1, 103.7, 105.2, 106.0];
    let window = 3;
    let sma = comp![closes[i - window:i].iter().sum::<f64>() / window as f64 for i in window..=closes.len()];
    println!("{sma:?}");
}
