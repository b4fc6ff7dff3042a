//! mistake: iterated `orders` by value, then used it again for the count
//! offending: orders.len()
//! category: ownership
struct Order {
    id: u32,
    table: u8,
}

fn main() {
    let orders = vec![Order { id: 1, table: 4 }, Order { id: 2, table: 9 }];
    let tables: Vec<u8> = orders.into_iter().filter(|o| o.id > 0).map(|o| o.table).collect();
    println!("{} orders across tables {tables:?}", orders.len());
}
