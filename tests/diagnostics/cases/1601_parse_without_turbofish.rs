//! mistake: `parse<f64>()` without the turbofish when converting a CSV column
//! offending: parse<f64>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let cols = vec!["1.5", "2.25"];
    let vals = comp![f.parse<f64>().unwrap() for f in &cols];
    println!("{vals:?}");
}
