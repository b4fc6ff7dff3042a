//! mistake: deduplicated customers with `seen.insert(..)` in the filter but declared `seen` without `mut`
//! offending: seen
//! category: ownership
use std::collections::HashSet;

struct Order {
    id: u64,
    customer_id: u32,
}

fn main() {
    let orders = vec![
        Order { id: 1, customer_id: 77 },
        Order { id: 2, customer_id: 78 },
        Order { id: 3, customer_id: 77 },
    ];
    let seen = HashSet::new();
    let mut first_orders = Vec::new();
    for o in &orders {
        if seen.insert(o.customer_id) {
            first_orders.push(o.id);
        }
    }
    println!("{first_orders:?}");
}
