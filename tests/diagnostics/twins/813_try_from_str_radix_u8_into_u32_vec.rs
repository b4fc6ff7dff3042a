//! mistake: int(h, 16) as u8::from_str_radix(h, 16)? collected where Vec<u32> is expected
use std::num::ParseIntError;

fn channels(hex: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    let mut out = Vec::new();
    for h in hex {
        out.push(u8::from_str_radix(h, 16)?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", channels(&["ff", "80"]));
}
