//! mistake: parentheses around a filter's condition, `if (o.qty > 0)`, from C or Python habit
//! offending: (o.qty > 0)
//! category: lint
use comprehensions::comp;

struct Order {
    id: u32,
    qty: u32,
}

fn main() {
    let orders = vec![Order { id: 1, qty: 2 }, Order { id: 2, qty: 0 }];
    let to_ship = comp![o.id for o in &orders if (o.qty > 0)];
    println!("{to_ship:?}");
}
