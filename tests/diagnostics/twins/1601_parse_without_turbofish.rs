//! mistake: `parse<f64>()` without the turbofish when converting a CSV column
//! offending: parse<f64>()
//! category: syntax
fn main() {
    let cols = vec!["1.5", "2.25"];
    let vals: Vec<_> = cols.iter().map(|f| f.parse<f64>().unwrap()).collect();
    println!("{vals:?}");
}
