//! mistake: left a trailing `if` with no condition after deleting the dew-point filter
//! offending: if {
//! category: syntax

struct Sounding {
    level_hpa: u32,
    temp_c: f64,
}

fn main() {
    let profile = vec![
        Sounding { level_hpa: 850, temp_c: 12.0 },
        Sounding { level_hpa: 500, temp_c: -18.5 },
    ];
    let mut temps_k = Vec::new();
    for s in &profile {
        if {
            temps_k.push((s.level_hpa, s.temp_c + 273.15));
        }
    }
    println!("{temps_k:?}");
}
