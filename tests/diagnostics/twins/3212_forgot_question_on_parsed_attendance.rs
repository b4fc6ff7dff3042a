//! mistake: forgot `?` after parsing attendance figures into a `Vec<u32>`
//! offending: a.replace(',', "").parse::<u32>()
//! category: try
use std::num::ParseIntError;

fn attendances(raw: &str) -> Result<Vec<u32>, ParseIntError> {
    let mut crowds: Vec<u32> = Vec::new();
    for a in raw.split(';') {
        crowds.push(a.replace(',', "").parse::<u32>());
    }
    Ok(crowds)
}

fn main() {
    println!("{:?}", attendances("60,704;52,203"));
}
