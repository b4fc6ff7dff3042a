//! mistake: used `?` on coordinate parsing inside a `fn main` returning `()`
//! offending: ?
//! category: try
fn main() {
    let row = "45.7640;4.8357;173.0";
    let mut values: Vec<f64> = Vec::new();
    for v in row.split(';') {
        values.push(v.parse::<f64>()?);
    }
    println!("{values:?}");
}
