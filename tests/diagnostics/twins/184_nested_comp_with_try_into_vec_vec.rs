//! mistake: an inner fallible collect in the element of an outer collect annotated `Vec<Vec<i32>>` (hand-written)
//! offending: row.split(',').map(|c| c.trim().parse::<i32>()).collect::<Result<Vec<i32>, _>>()
use std::num::ParseIntError;

fn parse_grid(text: &str) -> Result<Vec<Vec<i32>>, ParseIntError> {
    let grid: Vec<Vec<i32>> = text
        .lines()
        .map(|row| row.split(',').map(|c| c.trim().parse::<i32>()).collect::<Result<Vec<i32>, _>>())
        .collect();
    Ok(grid)
}

fn main() {
    println!("{:?}", parse_grid("1,2\n3,4"));
}
