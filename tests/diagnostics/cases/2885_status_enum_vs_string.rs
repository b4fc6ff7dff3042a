//! mistake: compared an order status enum with a string literal, as Python code did with `o.status == "shipped"`
//! offending: o.status == "shipped"
//! category: type
use comprehensions::comp;

#[derive(Debug, PartialEq)]
enum Status {
    Pending,
    Shipped,
    Delivered,
}

struct Order {
    id: u64,
    status: Status,
}

fn main() {
    let orders = vec![
        Order { id: 1, status: Status::Pending },
        Order { id: 2, status: Status::Shipped },
        Order { id: 3, status: Status::Delivered },
    ];
    let in_transit = comp![o.id for o in &orders if o.status == "shipped"];
    println!("{in_transit:?}");
}
