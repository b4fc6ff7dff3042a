//! mistake: the inner `for` iterates the `pending` Vec by value, consuming it on the first courier
//! offending: pending
//! category: ownership
use comprehensions::comp;

struct Courier {
    name: String,
    zone: u8,
}

struct PendingOrder {
    id: u32,
    zone: u8,
}

fn main() {
    let couriers = vec![Courier { name: "Kofi".into(), zone: 1 }, Courier { name: "Lena".into(), zone: 2 }];
    let pending = vec![PendingOrder { id: 900, zone: 1 }, PendingOrder { id: 901, zone: 2 }];
    let offers = comp![(c.name.clone(), p.id) for c in &couriers for p in pending if p.zone == c.zone];
    println!("{offers:?}");
}
