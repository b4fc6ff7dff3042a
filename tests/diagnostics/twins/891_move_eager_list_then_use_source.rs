//! mistake: a `move` closure called at once, which moves `prices` into it, then `prices` is used again
//! offending: prices
//! category: ownership
fn main() {
    let prices = vec![10.0, 25.5, 7.25];
    let rate = 1.2;
    let with_tax: Vec<f64> = (move || prices.into_iter().map(|p| p * rate).collect())();
    println!("{} prices: {with_tax:?}", prices.len());
}
