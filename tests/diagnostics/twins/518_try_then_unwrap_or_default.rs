//! offending: unwrap_or
use std::num::ParseIntError;

fn cells(row: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    let mut out = Vec::new();
    for s in row {
        out.push(s.parse::<i32>()?.unwrap_or(0));
    }
    Ok(out)
}

fn main() {
    println!("{:?}", cells(&["1", ""]));
}
