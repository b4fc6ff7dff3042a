//! mistake: moved the warehouse's `String` name into the element of an inner loop over orders
//! offending: w.name
//! category: ownership
use comprehensions::comp;

struct Warehouse {
    name: String,
    region: u8,
}

struct Order {
    id: u64,
    region: u8,
}

fn main() {
    let warehouses = vec![Warehouse { name: "Leipzig".into(), region: 1 }, Warehouse { name: "Reno".into(), region: 2 }];
    let orders = vec![Order { id: 1, region: 1 }, Order { id: 2, region: 1 }, Order { id: 3, region: 2 }];
    let assignments = comp![(w.name, o.id) for w in warehouses for o in &orders if o.region == w.region];
    println!("{assignments:?}");
}
