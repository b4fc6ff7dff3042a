//! mistake: multiplied an integer quantity by a float unit price without converting
//! offending: l.qty * l.unit_price
//! category: type

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
    let line_totals: Vec<(&str, f64)> = basket.iter().map(|l| (l.sku, l.qty * l.unit_price)).collect();
    println!("{line_totals:?}");
}
