//! mistake: returned a lazy comprehension that borrows the `pct` parameter, without `move`
//! offending: pct
//! category: ownership
fn discounted(prices: Vec<f64>, pct: f64) -> impl Iterator<Item = f64> {
    prices.into_iter().map(|p| p * (1.0 - pct))
}

fn main() {
    let sale: Vec<f64> = discounted(vec![10.0, 24.5, 99.0], 0.2).collect();
    println!("{sale:?}");
}
