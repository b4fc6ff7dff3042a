//! mistake: multiplied a `u32` quantity by an `f64` unit price without a cast
//! offending: l.qty * l.unit_price
//! category: type
use comprehensions::comp;

struct OrderLine {
    dish: &'static str,
    qty: u32,
    unit_price: f64,
}

fn main() {
    let lines = vec![
        OrderLine { dish: "dumplings", qty: 3, unit_price: 6.5 },
        OrderLine { dish: "bao", qty: 2, unit_price: 4.0 },
    ];
    let subtotals = comp![(l.dish, l.qty * l.unit_price) for l in &lines];
    println!("{subtotals:?}");
}
