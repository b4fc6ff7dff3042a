//! mistake: wrote a two-value element without the tuple's parentheses
//! offending: ,
//! category: syntax
use comprehensions::comp;

struct Order {
    id: u64,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 1, total: 10.0 }, Order { id: 2, total: 99.9 }];
    let rows = comp![o.id, o.total for o in &orders];
    println!("{rows:?}");
}
