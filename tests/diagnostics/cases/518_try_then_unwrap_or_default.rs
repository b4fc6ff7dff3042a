//! mistake: `s.parse::<i32>()?.unwrap_or(0)`: `?` thought to turn the Result into an Option
//! offending: unwrap_or
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn cells(row: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    comp![s.parse::<i32>()?.unwrap_or(0) for s in row]
}

fn main() {
    println!("{:?}", cells(&["1", ""]));
}
