//! mistake: forgot `?` after parsing attendance figures into a `Vec<u32>`
//! offending: a.replace(',', "").parse::<u32>()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn attendances(raw: &str) -> Result<Vec<u32>, ParseIntError> {
    let crowds: Vec<u32> = comp![a.replace(',', "").parse::<u32>() for a in raw.split(';')];
    Ok(crowds)
}

fn main() {
    println!("{:?}", attendances("60,704;52,203"));
}
