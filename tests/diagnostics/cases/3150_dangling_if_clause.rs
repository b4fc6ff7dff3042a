//! mistake: left a trailing `if` with no condition after deleting the dew-point filter
//! offending: if]
//! category: syntax
use comprehensions::comp;

struct Sounding {
    level_hpa: u32,
    temp_c: f64,
}

fn main() {
    let profile = vec![
        Sounding { level_hpa: 850, temp_c: 12.0 },
        Sounding { level_hpa: 500, temp_c: -18.5 },
    ];
    let temps_k = comp![(s.level_hpa, s.temp_c + 273.15) for s in &profile if];
    println!("{temps_k:?}");
}
