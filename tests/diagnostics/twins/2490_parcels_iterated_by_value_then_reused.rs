//! mistake: iterated `parcels` by value, then used it again for the total
//! offending: parcels
//! category: ownership
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
    let mut ids = Vec::new();
    for p in parcels {
        if p.kg > 20.0 {
            ids.push(p.id);
        }
    }
    let total: f64 = parcels.iter().map(|p| p.kg).sum();
    println!("{ids:?} {total}");
}
