//! mistake: parses each line as `i32` with `?` in a function declared to return `Vec<i64>`
//! offending: line.trim().parse::<i32>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn read_offsets(text: &str) -> Result<Vec<i64>, ParseIntError> {
    comp![line.trim().parse::<i32>()? for line in text.lines() if !line.is_empty()]
}

fn main() {
    println!("{:?}", read_offsets("12\n-7\n\n40\n"));
}
