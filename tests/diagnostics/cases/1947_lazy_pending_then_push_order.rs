//! mistake: made a lazy `(o.id for o in orders if not o.paid)` and appended a new order before consuming it (Python would see the new order; Rust forbids the mutation)
//! offending: orders.push
//! category: ownership
use comprehensions::comp;

struct Order {
    id: u32,
    paid: bool,
}

fn main() {
    let mut orders = vec![Order { id: 1, paid: false }, Order { id: 2, paid: true }];
    let pending = comp!((o.id for o in &orders if !o.paid));
    orders.push(Order { id: 3, paid: false });
    println!("{:?}", pending.collect::<Vec<_>>());
}
