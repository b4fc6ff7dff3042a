//! mistake: converted Celsius to Fahrenheit with integer literals on an `f64`
//! offending: c * 9
//! category: type

fn main() {
    let celsius: Vec<f64> = vec![-40.0, 0.0, 21.5, 37.0];
    let fahrenheit: Vec<f64> = celsius.into_iter().map(|c| c * 9 / 5 + 32).collect();
    println!("{fahrenheit:?}");
}
