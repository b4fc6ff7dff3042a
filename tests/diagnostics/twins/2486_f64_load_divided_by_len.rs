//! mistake: averaged a van's load by dividing an `f64` by `usize` `len()`
//! offending: / v.parcels.len()
//! category: type
struct Van {
    plate: &'static str,
    parcels: Vec<f64>,
}

fn main() {
    let fleet = vec![
        Van { plate: "AB-123-CD", parcels: vec![2.0, 14.5, 7.25] },
        Van { plate: "EF-456-GH", parcels: vec![30.0] },
    ];
    let avg: Vec<(&str, f64)> = fleet
        .iter()
        .filter(|v| !v.parcels.is_empty())
        .map(|v| (v.plate, v.parcels.iter().sum::<f64>() / v.parcels.len()))
        .collect();
    println!("{avg:?}");
}
