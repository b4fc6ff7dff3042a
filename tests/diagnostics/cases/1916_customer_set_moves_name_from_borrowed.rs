//! mistake: `{o.customer for o in orders}` over `&[Order]` moves each `String` field out of a borrowed order (Python shares the string; Rust needs `o.customer.clone()`)
//! offending: o.customer
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

struct Order {
    id: u32,
    customer: String,
    total_cents: u64,
}

fn distinct_customers(orders: &[Order]) -> HashSet<String> {
    comp!({o.customer for o in orders})
}

fn main() {
    let orders = vec![
        Order { id: 1, customer: "acme".into(), total_cents: 1200 },
        Order { id: 2, customer: "globex".into(), total_cents: 800 },
        Order { id: 3, customer: "acme".into(), total_cents: 50 },
    ];
    let customers = distinct_customers(&orders);
    let total: u64 = orders.iter().map(|o| o.total_cents).sum();
    println!("{} customers, {} orders, {total}", customers.len(), orders.iter().map(|o| o.id).count());
}
