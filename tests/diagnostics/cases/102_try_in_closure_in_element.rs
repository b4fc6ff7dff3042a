//! mistake: `?` inside a closure in the element (the closure returns `f64`)
//! offending: c.parse::<f64>()?
//! category: try
use std::num::ParseFloatError;

use comprehensions::comp;

fn row_sums(rows: &[Vec<&str>]) -> Result<Vec<f64>, ParseFloatError> {
    let sums = comp![row.iter().map(|c| c.parse::<f64>()?).sum::<f64>() for row in rows];
    Ok(sums)
}

fn main() {
    println!("{:?}", row_sums(&[vec!["1.5", "2"]]));
}
