//! mistake: used `?` on each price parse expecting bad rows to be skipped, into a plain `Vec<f64>`
//! offending: ?
//! category: try
fn main() {
    let csv_prices = vec!["19.99", "n/a", "5.00"];
    let mut prices: Vec<f64> = Vec::new();
    for p in &csv_prices {
        prices.push(p.trim().parse::<f64>()?);
    }
    let total: f64 = prices.iter().sum();
    println!("{total:.2}");
}
