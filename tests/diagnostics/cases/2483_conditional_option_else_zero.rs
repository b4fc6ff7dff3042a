//! mistake: wrote `eta if eta is set else 0` with an `Option` branch and an integer branch
//! offending: 0
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
    let etas = comp![(d.parcel, d.eta_minutes if d.eta_minutes.is_some() else 0) for d in &all];
    println!("{etas:?}");
}
