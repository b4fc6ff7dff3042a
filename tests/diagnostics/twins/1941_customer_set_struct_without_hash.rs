//! mistake: `{o.customer for o in orders}` collects a set of a `Customer` struct that derives neither `Eq` nor `Hash` (Python objects hash by identity)
//! offending: o.customer.clone()
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
struct Customer {
    id: u64,
    name: String,
}

struct Order {
    customer: Customer,
}

fn main() {
    let acme = Customer { id: 1, name: "acme".into() };
    let orders = vec![Order { customer: acme.clone() }, Order { customer: acme }];
    let mut buyers = HashSet::new();
    for o in &orders {
        buyers.insert(o.customer.clone());
    }
    println!("{}", buyers.len());
}
