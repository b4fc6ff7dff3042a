//! mistake: the `?` put after collecting a `Vec` of `Result`s (hand-written)
//! offending: cells.iter().map(|c| c.parse::<i32>()).collect::<Vec<_>>()?
use std::num::ParseIntError;

fn parse_all(cells: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    let nums = cells.iter().map(|c| c.parse::<i32>()).collect::<Vec<_>>()?;
    Ok(nums)
}

fn main() {
    println!("{:?}", parse_all(&["1", "2"]));
}
