//! mistake: compared an `Option<u32>` ETA directly with an integer
//! offending: 30
//! category: type
use comprehensions::comp;

struct Delivery {
    parcel: &'static str,
    eta_minutes: Option<u32>,
}

fn deliveries() -> Vec<Delivery> {
    vec![
        Delivery { parcel: "P-881", eta_minutes: Some(42) },
        Delivery { parcel: "P-882", eta_minutes: None },
    ]
}

fn main() {
    let all = deliveries();
    let late = comp![d.parcel for d in &all if d.eta_minutes > 30];
    println!("{late:?}");
}
