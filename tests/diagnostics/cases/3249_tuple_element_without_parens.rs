//! mistake: wrote a tuple element without its parentheses
//! offending: o.id, o.total
//! category: syntax
use comprehensions::comp;

struct Order {
    id: u32,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 10, total: 31.2 }, Order { id: 11, total: 8.75 }];
    let receipt_rows = comp![o.id, o.total for o in &orders];
    println!("{receipt_rows:?}");
}
