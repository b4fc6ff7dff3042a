//! mistake: returned a lazy iterator over `windows(2)` of a `Vec` the function owns
//! offending: closes.windows(2)
//! category: ownership
use comprehensions::comp;

fn daily_returns(closes: Vec<f64>) -> impl Iterator<Item = f64> {
    comp!((w[1] / w[0] - 1.0 for w in closes.windows(2)))
}

fn main() {
    let closes = vec![100.0, 101.5, 100.8, 102.2];
    let rets: Vec<f64> = daily_returns(closes).collect();
    println!("{rets:?}");
}
