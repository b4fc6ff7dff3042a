//! mistake: a fallible comprehension wrapped in `Ok(..)` as the function's tail (it is already the `Result`)
//! offending: Ok(
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_ports(spec: &str) -> Result<Vec<u16>, ParseIntError> {
    Ok(comp![p.trim().parse::<u16>()? for p in spec.split(',')])
}

fn main() {
    println!("{:?}", parse_ports("80, 443"));
}
