//! mistake: a fallible comprehension wrapped in `Ok(..)` as the function's tail (it is already the `Result`)
//! offending: Ok(
//! category: try
use std::num::ParseIntError;

fn parse_ports(spec: &str) -> Result<Vec<u16>, ParseIntError> {
    Ok(spec.split(',').map(|p| p.trim().parse::<u16>()).collect::<Result<Vec<u16>, _>>())
}

fn main() {
    println!("{:?}", parse_ports("80, 443"));
}
