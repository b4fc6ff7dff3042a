//! mistake: mixed a `ParseFloatError` `?` into a function whose error type is `ParseIntError`
//! offending: v.parse::<f64>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_samples(rows: &[(&str, &str)]) -> Result<Vec<(u16, f64)>, ParseIntError> {
    comp![(p.parse::<u16>()?, v.parse::<f64>()?) for (p, v) in rows]
}

fn main() {
    println!("{:?}", parse_samples(&[("9100", "0.25"), ("9090", "1e3")]));
}
