//! mistake: returned Kelvin values computed in `f32` from a function declared to return `Vec<f64>`
//! offending: *c + 273.15
//! category: type

fn to_kelvin(celsius: &[f32]) -> Vec<f64> {
    let mut out = Vec::with_capacity(celsius.len());
    for c in celsius {
        out.push(*c + 273.15);
    }
    out
}

fn main() {
    let sensor_c: Vec<f32> = vec![-12.5, 0.0, 18.25];
    println!("{:?}", to_kelvin(&sensor_c));
}
