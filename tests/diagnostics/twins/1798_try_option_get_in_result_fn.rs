//! mistake: `?` on a `HashMap::get` (an `Option`, Python's `prices[sku]` raising KeyError) in a function returning `Result`
//! offending: prices.get(sku)?
//! category: try
use std::collections::HashMap;

fn line_totals(lines: &[(&str, u32)], prices: &HashMap<&str, u32>) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for (sku, qty) in lines {
        out.push(prices.get(sku)? * qty);
    }
    Ok(out)
}

fn main() {
    let prices = HashMap::from([("A1", 250u32), ("B2", 99)]);
    println!("{:?}", line_totals(&[("A1", 2), ("C3", 1)], &prices));
}
