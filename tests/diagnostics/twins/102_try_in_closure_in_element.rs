//! mistake: `?` inside a closure in the element (the closure returns `f64`) (hand-written)
use std::num::ParseFloatError;

fn row_sums(rows: &[Vec<&str>]) -> Result<Vec<f64>, ParseFloatError> {
    let mut sums = Vec::new();
    for row in rows {
        sums.push(row.iter().map(|c| c.parse::<f64>()?).sum::<f64>());
    }
    Ok(sums)
}

fn main() {
    println!("{:?}", row_sums(&[vec!["1.5", "2"]]));
}
