//! mistake: Python's `round(x, 2)` as a free function (hand-written)
fn main() {
    let prices = vec![3.14159, 2.71828];
    let shown: Vec<f64> = prices.iter().map(|p| round(p, 2)).collect();
    println!("{shown:?}");
}
