//! mistake: uses `?` on `u8::try_from` (a `TryFromIntError`) in a function whose error type is `ParseIntError`
//! offending: u8::try_from(n)?
//! category: try
use std::num::ParseIntError;

fn parse_rgb(s: &str) -> Result<Vec<u8>, ParseIntError> {
    let mut nums = Vec::new();
    for p in s.split(',') {
        nums.push(p.trim().parse::<i32>()?);
    }
    let mut out = Vec::new();
    for n in nums {
        out.push(u8::try_from(n)?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", parse_rgb("255, 128, 0"));
}
