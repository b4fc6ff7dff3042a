//! mistake: filtered on an enum status column with `==`, but the enum does not derive `PartialEq`
//! offending: o.status == Status::Paid
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
enum Status {
    Paid,
    Refunded,
    Pending,
}

struct Order {
    id: u32,
    amount: f64,
    status: Status,
}

fn main() {
    let orders = vec![
        Order { id: 1, amount: 40.0, status: Status::Paid },
        Order { id: 2, amount: 15.0, status: Status::Refunded },
        Order { id: 3, amount: 99.0, status: Status::Pending },
    ];
    // Python: paid = [o.amount for o in orders if o.status == Status.PAID]
    let paid: Vec<f64> = comp![o.amount for o in &orders if o.status == Status::Paid];
    println!("{} paid of {} orders: {paid:?}", paid.len(), orders.iter().map(|o| o.id).count());
}
