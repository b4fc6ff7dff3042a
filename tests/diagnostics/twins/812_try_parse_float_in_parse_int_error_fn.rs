//! mistake: float(s) as s.parse::<f64>()? in a function whose error type is ParseIntError
use std::num::ParseIntError;

fn prices(cells: &[&str]) -> Result<Vec<f64>, ParseIntError> {
    let mut out = Vec::new();
    for c in cells {
        out.push(c.trim().parse::<f64>()?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", prices(&["1.5", " 2"]));
}
