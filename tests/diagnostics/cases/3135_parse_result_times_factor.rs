//! mistake: multiplied the `Result` of `parse::<f64>()` by a conversion factor without handling the error
//! offending: v.parse::<f64>() * 0.514444
//! category: type
use comprehensions::comp;

fn main() {
    let csv_row = "12.0,15.5,9.8,22.1";
    let wind_ms = comp![v.parse::<f64>() * 0.514444 for v in csv_row.split(',')];
    println!("{wind_ms:?}");
}
