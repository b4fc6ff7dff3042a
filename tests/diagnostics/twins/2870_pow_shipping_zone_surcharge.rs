//! mistake: used Python's `**` to compound a per-zone shipping surcharge
//! offending: **
//! category: python-habit
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
    let fees: Vec<(String, f64)> = parcels
        .iter()
        .map(|p| (p.tracking.clone(), base_fee * 1.08 ** p.zone))
        .collect();
    println!("{fees:?}");
}
