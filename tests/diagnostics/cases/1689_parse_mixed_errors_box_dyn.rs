//! mistake: two error types under `?` in a function returning `Box<dyn Error>`, expecting `?`'s `From` conversion
//! offending: ?
//! category: try
use comprehensions::comp;
use std::error::Error;

fn parse_points(lines: &[&str]) -> Result<Vec<(i32, f64)>, Box<dyn Error>> {
    comp![(a.parse::<i32>()?, b.parse::<f64>()?) for (a, b) in lines.iter().filter_map(|l| l.split_once(','))]
}

fn main() {
    println!("{:?}", parse_points(&["1,2.5", "3,4.0"]).unwrap());
}
