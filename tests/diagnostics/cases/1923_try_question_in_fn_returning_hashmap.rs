//! mistake: used `?` on `parse` (Python's raising `int(qty)`) in a dict comprehension returned from a function declared to return a plain `HashMap`
//! offending: qty.parse::<u32>()?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn stock_levels(rows: &[(&str, &str)]) -> HashMap<String, u32> {
    comp!({sku.to_string(): qty.parse::<u32>()? for (sku, qty) in rows})
}

fn main() {
    let rows = [("A-1", "3"), ("B-2", "10")];
    println!("{:?}", stock_levels(&rows));
}
