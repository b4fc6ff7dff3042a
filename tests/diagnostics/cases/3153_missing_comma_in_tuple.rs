//! mistake: forgot the comma between the two items of a (time, pressure) tuple
//! offending: o.time o.pressure_hpa
//! category: syntax
use comprehensions::comp;

struct Obs {
    time: &'static str,
    pressure_hpa: f64,
}

fn main() {
    let obs = vec![Obs { time: "00Z", pressure_hpa: 1002.3 }, Obs { time: "06Z", pressure_hpa: 997.8 }];
    let falling = comp![(o.time o.pressure_hpa) for o in &obs if o.pressure_hpa < 1000.0];
    println!("{falling:?}");
}
