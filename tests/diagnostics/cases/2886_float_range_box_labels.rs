//! mistake: iterated a range whose end is an `f64` box count computed with `ceil()`
//! offending: 0..(s.weight_kg / 20.0).ceil()
//! category: type
use comprehensions::comp;

struct Shipment {
    id: u32,
    weight_kg: f64,
}

fn main() {
    let shipments = vec![Shipment { id: 9, weight_kg: 47.0 }, Shipment { id: 10, weight_kg: 12.5 }];
    let labels = comp![format!("SHP{}-box{}", s.id, b) for s in &shipments for b in 0..(s.weight_kg / 20.0).ceil()];
    println!("{labels:?}");
}
