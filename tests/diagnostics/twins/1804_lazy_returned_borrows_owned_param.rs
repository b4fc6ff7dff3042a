//! mistake: a lazy form returned from a function that owns the `Vec` it borrows (Python's generator keeps the list alive)
//! offending: orders.iter().filter(|o| o.open).map(|o| o.id)
//! category: ownership

struct Order {
    id: u32,
    open: bool,
}

fn open_ids(orders: Vec<Order>) -> impl Iterator<Item = u32> {
    orders.iter().filter(|o| o.open).map(|o| o.id)
}

fn main() {
    let orders = vec![Order { id: 1, open: true }, Order { id: 2, open: false }];
    for id in open_ids(orders) {
        println!("{id}");
    }
}
