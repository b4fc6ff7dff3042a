//! mistake: collected borrowed parcels into an annotated `Vec<Parcel>`
//! offending: p
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Parcel {
    id: u64,
    kg: f64,
}

fn parcels() -> Vec<Parcel> {
    vec![Parcel { id: 1, kg: 2.5 }, Parcel { id: 2, kg: 31.0 }, Parcel { id: 3, kg: 24.9 }]
}

fn main() {
    let all = parcels();
    let heavy: Vec<Parcel> = comp![p for p in &all if p.kg > 20.0];
    println!("{heavy:?}");
}
