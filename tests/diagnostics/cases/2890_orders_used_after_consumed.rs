//! mistake: iterated the orders by value, then used the vector again for a count
//! offending: orders.len()
//! category: ownership
use comprehensions::comp;

struct Order {
    id: u64,
    refunded: bool,
}

fn main() {
    let orders = vec![Order { id: 1, refunded: false }, Order { id: 2, refunded: true }];
    let refunded_ids = comp![o.id for o in orders if o.refunded];
    println!("{} of {} orders refunded", refunded_ids.len(), orders.len());
}
