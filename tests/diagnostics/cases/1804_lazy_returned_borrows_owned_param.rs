//! mistake: a lazy form returned from a function that owns the `Vec` it borrows (Python's generator keeps the list alive)
//! offending: comp!((o.id for o in &orders if o.open))
//! category: ownership
use comprehensions::comp;

struct Order {
    id: u32,
    open: bool,
}

fn open_ids(orders: Vec<Order>) -> impl Iterator<Item = u32> {
    comp!((o.id for o in &orders if o.open))
}

fn main() {
    let orders = vec![Order { id: 1, open: true }, Order { id: 2, open: false }];
    for id in open_ids(orders) {
        println!("{id}");
    }
}
