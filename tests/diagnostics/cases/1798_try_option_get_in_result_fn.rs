//! mistake: `?` on a `HashMap::get` (an `Option`, Python's `prices[sku]` raising KeyError) in a function returning `Result`
//! offending: prices.get(sku)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn line_totals(lines: &[(&str, u32)], prices: &HashMap<&str, u32>) -> Result<Vec<u32>, String> {
    comp![prices.get(sku)? * qty for (sku, qty) in lines]
}

fn main() {
    let prices = HashMap::from([("A1", 250u32), ("B2", 99)]);
    println!("{:?}", line_totals(&[("A1", 2), ("C3", 1)], &prices));
}
