//! mistake: converted Celsius to Fahrenheit with integer literals on an `f64`
//! offending: c * 9
//! category: type
use comprehensions::comp;

fn main() {
    let celsius: Vec<f64> = vec![-40.0, 0.0, 21.5, 37.0];
    let fahrenheit = comp![c * 9 / 5 + 32 for c in celsius];
    println!("{fahrenheit:?}");
}
