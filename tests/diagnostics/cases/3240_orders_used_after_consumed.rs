//! mistake: iterated `orders` by value, then used it again for the count
//! offending: orders.len()
//! category: ownership
use comprehensions::comp;

struct Order {
    id: u32,
    table: u8,
}

fn main() {
    let orders = vec![Order { id: 1, table: 4 }, Order { id: 2, table: 9 }];
    let tables = comp![o.table for o in orders if o.id > 0];
    println!("{} orders across tables {tables:?}", orders.len());
}
