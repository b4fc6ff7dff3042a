//! mistake: returned references to orders from a function declared to return owned `Vec<Order>`
//! offending: o for o in orders
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Order {
    id: u64,
    days_unpaid: u32,
}

fn overdue(orders: &[Order]) -> Vec<Order> {
    comp![o for o in orders if o.days_unpaid > 30]
}

fn main() {
    let orders = vec![Order { id: 1, days_unpaid: 45 }, Order { id: 2, days_unpaid: 3 }];
    println!("{:?}", overdue(&orders));
}
