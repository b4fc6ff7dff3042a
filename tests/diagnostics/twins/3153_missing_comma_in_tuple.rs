//! mistake: forgot the comma between the two items of a (time, pressure) tuple
//! offending: o.time o.pressure_hpa
//! category: syntax

struct Obs {
    time: &'static str,
    pressure_hpa: f64,
}

fn main() {
    let obs = vec![Obs { time: "00Z", pressure_hpa: 1002.3 }, Obs { time: "06Z", pressure_hpa: 997.8 }];
    let falling: Vec<(&str, f64)> = obs
        .iter()
        .filter(|o| o.pressure_hpa < 1000.0)
        .map(|o| (o.time o.pressure_hpa))
        .collect();
    println!("{falling:?}");
}
