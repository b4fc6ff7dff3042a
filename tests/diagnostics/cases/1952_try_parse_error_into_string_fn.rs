//! mistake: used `?` on `parse` (a `ParseIntError`) in a comprehension returned from a function whose error type is `String`, expecting Python-like automatic conversion
//! offending: qty.parse::<u32>()?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct LineItem {
    sku: String,
    qty: u32,
}

fn parse_items(rows: &[(&str, &str)]) -> Result<Vec<LineItem>, String> {
    comp![LineItem { sku: sku.to_string(), qty: qty.parse::<u32>()? } for (sku, qty) in rows]
}

fn main() {
    println!("{:?}", parse_items(&[("A-1", "2"), ("B-2", "x")]));
}
