//! mistake: wrote `eta if eta is set else 0` with an `Option` branch and an integer branch
//! offending: 0
//! category: type
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
    let etas: Vec<_> = all
        .iter()
        .map(|d| (d.parcel, if d.eta_minutes.is_some() { d.eta_minutes } else { 0 }))
        .collect();
    println!("{etas:?}");
}
