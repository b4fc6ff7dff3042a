//! offending: prices.get(item)?
use std::collections::HashMap;

fn line_totals(cart: &[(&str, u32)], prices: &HashMap<&str, f64>) -> Result<Vec<f64>, String> {
    let mut out = Vec::new();
    for (item, qty) in cart {
        out.push(prices.get(item)? * f64::from(*qty));
    }
    Ok(out)
}

fn main() {
    let prices = HashMap::from([("apple", 0.5)]);
    println!("{:?}", line_totals(&[("apple", 3)], &prices));
}
