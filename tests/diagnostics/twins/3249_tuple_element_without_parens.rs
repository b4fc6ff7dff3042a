//! mistake: wrote a tuple element without its parentheses
//! offending: o.id, o.total
//! category: syntax
struct Order {
    id: u32,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 10, total: 31.2 }, Order { id: 11, total: 8.75 }];
    let receipt_rows: Vec<(u32, f64)> = orders.iter().map(|o| o.id, o.total).collect();
    println!("{receipt_rows:?}");
}
