//! mistake: `?` on `HashMap::get` (an Option) inside a function returning `Result<_, String>`, as if a missing key raised KeyError
//! offending: prices.get(item)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn line_totals(cart: &[(&str, u32)], prices: &HashMap<&str, f64>) -> Result<Vec<f64>, String> {
    comp![prices.get(item)? * f64::from(*qty) for (item, qty) in cart]
}

fn main() {
    let prices = HashMap::from([("apple", 0.5)]);
    println!("{:?}", line_totals(&[("apple", 3)], &prices));
}
