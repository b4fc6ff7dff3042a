//! mistake: used Python's `**` to compound a per-zone shipping surcharge
//! offending: **
//! category: python-habit
use comprehensions::comp;

struct Parcel {
    tracking: String,
    zone: i32,
}

fn main() {
    let base_fee = 4.5_f64;
    let parcels = vec![
        Parcel { tracking: "1Z999".into(), zone: 2 },
        Parcel { tracking: "1Z555".into(), zone: 5 },
    ];
    let fees = comp![(p.tracking.clone(), base_fee * 1.08 ** p.zone) for p in &parcels];
    println!("{fees:?}");
}
