//! mistake: `if let Ok(p) = parse_port(s)?`: the `?` already unwrapped the Result, so `Ok(p)` matches a u16
//! offending: Ok(p)
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_port(s: &str) -> Result<u16, ParseIntError> {
    s.trim().parse()
}

// Python: return [int(s) for s in raw]   (raises ValueError)
fn ports(raw: &[&str]) -> Result<Vec<u16>, ParseIntError> {
    comp![p for s in raw if let Ok(p) = parse_port(s)?]
}

fn main() {
    println!("{:?}", ports(&["80", " 443", "x"]));
}
