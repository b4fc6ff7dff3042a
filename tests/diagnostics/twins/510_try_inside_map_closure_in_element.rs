//! offending: s.parse::<i32>()?
use std::num::ParseIntError;

fn row_sums(rows: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    let mut out = Vec::new();
    for row in rows {
        out.push(row.split(',').map(|s| s.parse::<i32>()?).sum::<i32>());
    }
    Ok(out)
}

fn main() {
    println!("{:?}", row_sums(&["1,2", "3"]));
}
