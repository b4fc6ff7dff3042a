//! mistake: `?` inside a lazy form passed to `.sum()`, expected to return early from the function as in Python; the items are `Result`s
//! offending: sum()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn total(fields: &[&str]) -> Result<u32, ParseIntError> {
    let t: u32 = comp!((f.parse::<u32>()? for f in fields)).sum();
    Ok(t)
}

fn main() {
    println!("{:?}", total(&["1", "2"]));
}
