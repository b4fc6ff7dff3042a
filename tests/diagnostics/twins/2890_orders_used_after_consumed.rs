//! mistake: iterated the orders by value, then used the vector again for a count
//! offending: orders.len()
//! category: ownership
struct Order {
    id: u64,
    refunded: bool,
}

fn main() {
    let orders = vec![Order { id: 1, refunded: false }, Order { id: 2, refunded: true }];
    let mut refunded_ids = Vec::new();
    for o in orders {
        if o.refunded {
            refunded_ids.push(o.id);
        }
    }
    println!("{} of {} orders refunded", refunded_ids.len(), orders.len());
}
