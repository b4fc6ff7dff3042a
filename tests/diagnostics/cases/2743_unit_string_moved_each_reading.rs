//! mistake: put the outer `unit: String` into every tuple, moving it once per reading
//! offending: unit
//! category: ownership
use comprehensions::comp;

fn main() {
    let unit = String::from("kWh");
    let meter_deltas: Vec<f64> = vec![0.42, 0.39, 1.7];
    let labelled: Vec<(f64, String)> = comp![(d, unit) for d in meter_deltas.iter().copied() if d > 0.0];
    println!("{labelled:?}");
}
