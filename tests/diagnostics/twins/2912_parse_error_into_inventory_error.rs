//! mistake: mixed `?` on a `ParseIntError` with `?` on an `InventoryError` in a function returning `InventoryError`
//! offending: ?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
enum InventoryError {
    UnknownSku(String),
}

fn lookup(stock: &HashMap<String, u32>, sku: &str) -> Result<u32, InventoryError> {
    stock.get(sku).copied().ok_or_else(|| InventoryError::UnknownSku(sku.to_string()))
}

fn shortfalls(stock: &HashMap<String, u32>, order_rows: &[(String, String)]) -> Result<Vec<u32>, InventoryError> {
    let mut out = Vec::new();
    for (sku, qty) in order_rows {
        out.push(qty.parse::<u32>()?.saturating_sub(lookup(stock, sku)?));
    }
    Ok(out)
}

fn main() {
    let stock = HashMap::from([("TENT".to_string(), 2)]);
    let rows = vec![("TENT".to_string(), "5".to_string())];
    println!("{:?}", shortfalls(&stock, &rows));
}
