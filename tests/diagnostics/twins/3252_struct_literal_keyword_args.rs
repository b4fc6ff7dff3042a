//! mistake: filled a struct literal with Python keyword arguments `field=value`
//! offending: order_id = o.id
//! category: syntax
#[derive(Debug)]
struct PickupSlip {
    order_id: u32,
    shelf: char,
}

struct Order {
    id: u32,
    shelf: char,
}

fn main() {
    let orders = vec![Order { id: 5, shelf: 'A' }, Order { id: 6, shelf: 'C' }];
    let slips: Vec<PickupSlip> = orders.iter().map(|o| PickupSlip { order_id = o.id, shelf: o.shelf }).collect();
    println!("{slips:?}");
}
