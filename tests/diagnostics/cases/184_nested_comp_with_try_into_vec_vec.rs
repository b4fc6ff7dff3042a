//! mistake: an inner comprehension with `?` (itself fallible) in the element of an outer one annotated `Vec<Vec<i32>>`
//! offending: [c.trim().parse::<i32>()? for c in row.split(',')]
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn parse_grid(text: &str) -> Result<Vec<Vec<i32>>, ParseIntError> {
    let grid: Vec<Vec<i32>> = comp![[c.trim().parse::<i32>()? for c in row.split(',')] for row in text.lines()];
    Ok(grid)
}

fn main() {
    println!("{:?}", parse_grid("1,2\n3,4"));
}
