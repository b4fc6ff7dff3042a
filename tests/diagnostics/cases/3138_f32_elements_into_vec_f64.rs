//! mistake: returned Kelvin values computed in `f32` from a function declared to return `Vec<f64>`
//! offending: *c + 273.15
//! category: type
use comprehensions::comp;

fn to_kelvin(celsius: &[f32]) -> Vec<f64> {
    comp![*c + 273.15 for c in celsius]
}

fn main() {
    let sensor_c: Vec<f32> = vec![-12.5, 0.0, 18.25];
    println!("{:?}", to_kelvin(&sensor_c));
}
