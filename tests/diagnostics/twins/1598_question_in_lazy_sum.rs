//! mistake: `?` inside a lazy form passed to `.sum()`, expected to return early from the function as in Python; the items are `Result`s
//! offending: ?
//! category: try
use std::num::ParseIntError;

fn total(fields: &[&str]) -> Result<u32, ParseIntError> {
    let t: u32 = fields.iter().map(|f| f.parse::<u32>()?).sum();
    Ok(t)
}

fn main() {
    println!("{:?}", total(&["1", "2"]));
}
