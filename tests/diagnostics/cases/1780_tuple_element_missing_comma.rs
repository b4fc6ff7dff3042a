//! mistake: a missing comma in the tuple element `(o.id o.total)`
//! offending: (o.id o.total)
//! category: syntax
use comprehensions::comp;

struct Order {
    id: u32,
    total: f64,
}

fn main() {
    let orders = vec![Order { id: 7, total: 12.5 }, Order { id: 8, total: 3.0 }];
    let rows = comp![(o.id o.total) for o in &orders];
    for (id, total) in rows {
        println!("#{id}: {total:.2}");
    }
}
