//! mistake: parses each line as `i32` with `?` in a function declared to return `Vec<i64>`
//! offending: line.trim().parse::<i32>()?
//! category: try
use std::num::ParseIntError;

fn read_offsets(text: &str) -> Result<Vec<i64>, ParseIntError> {
    let mut out = Vec::new();
    for line in text.lines() {
        if !line.is_empty() {
            out.push(line.trim().parse::<i32>()?);
        }
    }
    Ok(out)
}

fn main() {
    println!("{:?}", read_offsets("12\n-7\n\n40\n"));
}
