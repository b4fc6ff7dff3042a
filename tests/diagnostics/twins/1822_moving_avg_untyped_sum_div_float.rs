//! mistake: an untyped `.sum()` divided by `3.0` in a moving average (Python: `[sum(w) / 3 for w in windows]`)
//! offending: sum()
//! category: type
fn main() {
    let xs: Vec<f64> = vec![1.0, 2.0, 4.0, 8.0, 16.0];
    let ma: Vec<f64> = xs.windows(3).map(|w| w.iter().sum() / 3.0).collect();
    println!("{ma:?}");
}
