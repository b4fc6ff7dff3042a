//! mistake: indexed the close series with an `i32` day counter in a momentum calculation
//! offending: closes[t - lookback]
//! category: type
fn main() {
    let closes: Vec<f64> = vec![50.0, 50.5, 51.2, 50.9, 52.3, 53.0, 52.6, 54.1];
    let lookback: i32 = 3;
    let n = closes.len() as i32;
    let momentum: Vec<_> = (lookback..n)
        .map(|t| (t, closes[t as usize] / closes[t - lookback] - 1.0))
        .collect();
    println!("{momentum:?}");
}
