//! mistake: wrote a tuple element without its parentheses (station, anomaly)
//! offending: s.name, s.temp_c - s.normal_c
//! category: syntax
use comprehensions::comp;

struct Monthly {
    name: &'static str,
    temp_c: f64,
    normal_c: f64,
}

fn main() {
    let july = vec![
        Monthly { name: "Phoenix", temp_c: 39.4, normal_c: 35.1 },
        Monthly { name: "Tucson", temp_c: 33.0, normal_c: 31.4 },
    ];
    let anomalies = comp![s.name, s.temp_c - s.normal_c for s in &july];
    println!("{anomalies:?}");
}
