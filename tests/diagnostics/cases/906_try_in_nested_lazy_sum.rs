//! mistake: `?` inside a nested generator summed as `i32`: the `?` makes the generator yield `Result`s
//! offending: sum::<i32>()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn totals(rows: &[Vec<&str>]) -> Result<Vec<i32>, ParseIntError> {
    Ok(comp![(s.parse::<i32>()? for s in row).sum::<i32>() for row in rows])
}

fn main() {
    println!("{:?}", totals(&[vec!["1", "2"], vec!["x"]]));
}
