//! mistake: float(s) as s.parse::<f64>()? in a function whose error type is ParseIntError
//! offending: parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn prices(cells: &[&str]) -> Result<Vec<f64>, ParseIntError> {
    comp![c.trim().parse::<f64>()? for c in cells]
}

fn main() {
    println!("{:?}", prices(&["1.5", " 2"]));
}
