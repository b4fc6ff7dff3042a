//! mistake: int(h, 16) as u8::from_str_radix(h, 16)? collected where Vec<u32> is expected
//! offending: u8::from_str_radix(h, 16)?
//! category: type
use comprehensions::comp;
use std::num::ParseIntError;

fn channels(hex: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    comp![u8::from_str_radix(h, 16)? for h in hex]
}

fn main() {
    println!("{:?}", channels(&["ff", "80"]));
}
