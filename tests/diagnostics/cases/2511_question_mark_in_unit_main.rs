//! mistake: used `?` on coordinate parsing inside a `fn main` returning `()`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let row = "45.7640;4.8357;173.0";
    let values: Vec<f64> = comp![v.parse::<f64>()? for v in row.split(';')];
    println!("{values:?}");
}
