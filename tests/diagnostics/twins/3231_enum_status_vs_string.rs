//! mistake: compared an order status enum with a string, as Python code compared status strings
//! offending: o.status == "delivered"
//! category: type
#[derive(Debug, PartialEq)]
enum Status {
    Placed,
    Cooking,
    Delivered,
}

struct Order {
    id: u32,
    status: Status,
}

fn main() {
    let orders = vec![
        Order { id: 1, status: Status::Delivered },
        Order { id: 2, status: Status::Cooking },
        Order { id: 3, status: Status::Placed },
    ];
    let closed: Vec<u32> = orders.iter().filter(|o| o.status == "delivered").map(|o| o.id).collect();
    println!("{closed:?}");
}
