//! mistake: `?` after `.unwrap()` (on the plain value)
//! offending: f.parse::<i64>().unwrap()?
//! category: try
use std::num::ParseIntError;

use comprehensions::comp;

fn sizes(fields: &[&str]) -> Result<Vec<i64>, ParseIntError> {
    comp![f.parse::<i64>().unwrap()? * 1024 for f in fields]
}

fn main() {
    println!("{:?}", sizes(&["4", "8"]));
}
