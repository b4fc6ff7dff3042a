//! mistake: indexed the close series with an `i32` day counter in a momentum calculation
//! offending: closes[t - lookback]
//! category: type
use comprehensions::comp;

fn main() {
    let closes: Vec<f64> = vec![50.0, 50.5, 51.2, 50.9, 52.3, 53.0, 52.6, 54.1];
    let lookback: i32 = 3;
    let n = closes.len() as i32;
    let momentum = comp![(t, closes[t as usize] / closes[t - lookback] - 1.0) for t in lookback..n];
    println!("{momentum:?}");
}
