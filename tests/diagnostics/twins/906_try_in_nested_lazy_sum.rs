//! mistake: `?` inside an inner closure whose items are summed as `i32`: the closure yields `Result`s
//! offending: sum::<i32>()
//! category: try
use std::num::ParseIntError;

fn totals(rows: &[Vec<&str>]) -> Result<Vec<i32>, ParseIntError> {
    Ok(rows
        .iter()
        .map(|row| row.iter().map(|s| Ok::<i32, ParseIntError>(s.parse::<i32>()?)).sum::<i32>())
        .collect())
}

fn main() {
    println!("{:?}", totals(&[vec!["1", "2"], vec!["x"]]));
}
