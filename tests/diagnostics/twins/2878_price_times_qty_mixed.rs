//! mistake: multiplied an `f64` unit price by a `u32` quantity
//! offending: l.unit_price * l.qty
//! category: type
struct Line {
    sku: &'static str,
    unit_price: f64,
    qty: u32,
}

fn main() {
    let lines = [
        Line { sku: "CHAIR", unit_price: 89.0, qty: 4 },
        Line { sku: "TABLE", unit_price: 349.0, qty: 1 },
    ];
    let subtotals: Vec<(&str, f64)> = lines.iter().map(|l| (l.sku, l.unit_price * l.qty)).collect();
    println!("{subtotals:?}");
}
