//! mistake: annotated the result as `Vec<f32>` while the readings are `f64`
//! offending: r.celsius + 273.15
//! category: type
use comprehensions::comp;

struct ThermoReading {
    sensor: u16,
    celsius: f64,
}

fn export_kelvin(values: &[f32]) -> usize {
    values.len()
}

fn main() {
    let readings = vec![ThermoReading { sensor: 1, celsius: -12.5 }, ThermoReading { sensor: 2, celsius: 3.0 }];
    let kelvin: Vec<f32> = comp![r.celsius + 273.15 for r in &readings if r.sensor != 0];
    println!("exported {}", export_kelvin(&kelvin));
}
