//! mistake: multiplied an integer quantity by a float unit price without converting
//! offending: l.qty * l.unit_price
//! category: type
use comprehensions::comp;

struct LineItem {
    sku: &'static str,
    qty: u32,
    unit_price: f64,
}

fn main() {
    let basket = vec![
        LineItem { sku: "A-100", qty: 3, unit_price: 2.49 },
        LineItem { sku: "B-200", qty: 1, unit_price: 120.0 },
    ];
    // Python: df["line_total"] = [l.qty * l.unit_price for l in basket]
    let line_totals: Vec<(&str, f64)> = comp![(l.sku, l.qty * l.unit_price) for l in &basket];
    println!("{line_totals:?}");
}
