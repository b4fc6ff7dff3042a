//! mistake: uses `?` on `u8::try_from` (a `TryFromIntError`) in a function whose error type is `ParseIntError`
//! offending: u8::try_from(n)?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_rgb(s: &str) -> Result<Vec<u8>, ParseIntError> {
    let nums = comp![p.trim().parse::<i32>()? for p in s.split(',')]?;
    comp![u8::try_from(n)? for n in nums]
}

fn main() {
    println!("{:?}", parse_rgb("255, 128, 0"));
}
