//! mistake: used `?` on a float parse in a function whose error type is `ParseIntError`
//! offending: qual.parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_sites(lines: &[&str]) -> Result<Vec<(u64, f64)>, ParseIntError> {
    comp![(pos.parse::<u64>()?, qual.parse::<f64>()?) for line in lines let (pos, qual) = line.split_once('\t').unwrap()]
}

fn main() {
    println!("{:?}", parse_sites(&["12345\t60.0", "500\t99.5"]));
}
