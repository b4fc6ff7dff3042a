//! mistake: used `?` hoping to skip the malformed CSV rows, in a comprehension typed as `Vec<Vec<f32>>`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::num::ParseFloatError;

fn parse_row(line: &str) -> Result<Vec<f32>, ParseFloatError> {
    line.split(',').map(|f| f.trim().parse::<f32>()).collect()
}

fn main() {
    let raw = "1.0,2.0,3.0\n4.0,oops,6.0\n7.0,8.0,9.0";
    let rows: Vec<Vec<f32>> = comp![parse_row(l)? for l in raw.lines()];
    println!("{} clean rows", rows.len());
}
