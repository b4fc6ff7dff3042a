//! offending: Ok(v.iter().map(|s| s.parse::<i32>()).collect())
use std::num::ParseIntError;

fn parse_all(v: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    Ok(v.iter().map(|s| s.parse::<i32>()).collect())
}

fn main() {
    println!("{:?}", parse_all(&["1", "2"]));
}
