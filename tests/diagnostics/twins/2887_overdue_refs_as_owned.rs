//! mistake: returned references to orders from a function declared to return owned `Vec<Order>`
//! offending: collect()
//! category: type
#[derive(Debug)]
struct Order {
    id: u64,
    days_unpaid: u32,
}

fn overdue(orders: &[Order]) -> Vec<Order> {
    orders.iter().filter(|o| o.days_unpaid > 30).collect()
}

fn main() {
    let orders = vec![Order { id: 1, days_unpaid: 45 }, Order { id: 2, days_unpaid: 3 }];
    println!("{:?}", overdue(&orders));
}
