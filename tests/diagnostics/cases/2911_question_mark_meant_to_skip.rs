//! mistake: used `?` on each price parse expecting bad rows to be skipped, into a plain `Vec<f64>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let csv_prices = vec!["19.99", "n/a", "5.00"];
    let prices: Vec<f64> = comp![p.trim().parse::<f64>()? for p in &csv_prices];
    let total: f64 = prices.iter().sum();
    println!("{total:.2}");
}
