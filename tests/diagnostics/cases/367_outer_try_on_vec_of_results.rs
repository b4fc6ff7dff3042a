//! mistake: the `?` put after the comprehension instead of on each `parse()`, `comp![c.parse::<i32>() for c in cells]?`
//! offending: comp![c.parse::<i32>() for c in cells]?
//! category: try
use std::num::ParseIntError;

use comprehensions::comp;

fn parse_all(cells: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    // Python: return [int(c) for c in cells]
    let nums = comp![c.parse::<i32>() for c in cells]?;
    Ok(nums)
}

fn main() {
    println!("{:?}", parse_all(&["1", "2"]));
}
