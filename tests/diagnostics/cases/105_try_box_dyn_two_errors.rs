//! mistake: two error types in one comprehension, expecting `?` to convert into `Box<dyn Error>` as it does in a function
//! offending: b.parse::<f64>()?
//! category: try
use std::error::Error;

use comprehensions::comp;

fn parse_points(lines: &[&str]) -> Result<Vec<(u32, f64)>, Box<dyn Error>> {
    let points = comp![(a.parse::<u32>()?, b.parse::<f64>()?) for line in lines let (a, b) = line.split_once(',').unwrap()]?;
    Ok(points)
}

fn main() {
    println!("{:?}", parse_points(&["1,2.5"]).is_ok());
}
