//! mistake: `?` on an Option (dict lookup) in a function returning Result, as Python's KeyError
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn line_totals(prices: &HashMap<String, f64>, order: &[(String, f64)]) -> Result<Vec<f64>, String> {
    comp![prices.get(item)? * qty for (item, qty) in order]
}

fn main() {
    let prices = HashMap::from([("tea".to_string(), 3.5)]);
    let order = vec![("tea".to_string(), 2.0), ("cake".to_string(), 1.0)];
    println!("{:?}", line_totals(&prices, &order));
}
