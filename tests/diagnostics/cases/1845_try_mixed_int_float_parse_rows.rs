//! mistake: parses an id with `?` into `ParseIntError` and a value with `?` whose `ParseFloatError` the function's error type cannot hold
//! offending: v.parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse(rows: &[(&str, &str)]) -> Result<Vec<(u32, f64)>, ParseIntError> {
    comp![(id.parse::<u32>()?, v.parse::<f64>()?) for (id, v) in rows]
}

fn main() {
    println!("{:?}", parse(&[("1", "2.5"), ("2", "0.75")]));
}
