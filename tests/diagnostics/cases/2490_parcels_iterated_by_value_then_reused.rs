//! mistake: iterated `parcels` by value, then used it again for the total
//! offending: parcels
//! category: ownership
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
    let parcels = parcels();
    let ids = comp![p.id for p in parcels if p.kg > 20.0];
    let total: f64 = parcels.iter().map(|p| p.kg).sum();
    println!("{ids:?} {total}");
}
