//! mistake: `if let Ok(p) = parse_port(s)?`: the `?` already unwrapped the Result, so `Ok(p)` matches a u16
//! offending: Ok(p)
//! category: try
use std::num::ParseIntError;

fn parse_port(s: &str) -> Result<u16, ParseIntError> {
    s.trim().parse()
}

fn ports(raw: &[&str]) -> Result<Vec<u16>, ParseIntError> {
    let mut out = Vec::new();
    for s in raw {
        if let Ok(p) = parse_port(s)? {
            out.push(p);
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", ports(&["80", " 443", "x"]));
}
