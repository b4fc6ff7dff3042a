//! mistake: used `?` on `parse` (a `ParseIntError`) in a comprehension returned from a function whose error type is `String`, expecting Python-like automatic conversion
//! offending: qty.parse::<u32>()?
//! category: try
#[derive(Debug)]
struct LineItem {
    sku: String,
    qty: u32,
}

fn parse_items(rows: &[(&str, &str)]) -> Result<Vec<LineItem>, String> {
    let mut items = Vec::new();
    for (sku, qty) in rows {
        items.push(LineItem { sku: sku.to_string(), qty: qty.parse::<u32>()? });
    }
    Ok(items)
}

fn main() {
    println!("{:?}", parse_items(&[("A-1", "2"), ("B-2", "x")]));
}
