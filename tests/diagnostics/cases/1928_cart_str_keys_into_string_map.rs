//! mistake: `{sku: qty for sku, qty in lines if qty > 0}` over `(&str, u32)` pairs returned as a `HashMap<String, u32>`
//! offending: sku: qty
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn cart_totals(lines: Vec<(&str, u32)>) -> HashMap<String, u32> {
    comp!({sku: qty for (sku, qty) in lines if qty > 0})
}

fn main() {
    println!("{:?}", cart_totals(vec![("A-1", 2), ("B-2", 0)]));
}
