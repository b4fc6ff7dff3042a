//! mistake: `.sum()?` over an iterator of `Result`s, the sum's type left to inference (hand-written)
use std::num::ParseIntError;

fn total(cells: &[&str]) -> Result<i32, ParseIntError> {
    let t: i32 = cells.iter().map(|c| c.parse::<i32>()).sum()?;
    Ok(t)
}

fn main() {
    println!("{:?}", total(&["4", "5"]));
}
