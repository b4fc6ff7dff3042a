//! mistake: forgot the `?` after `parse`, so the element is a `Result` where the `Vec<i64>` wants an `i64`
//! offending: f.parse::<i64>()
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

fn load(fields: &[&str]) -> Result<Vec<i64>, ParseIntError> {
    let nums: Vec<i64> = comp![f.parse::<i64>() for f in fields];
    Ok(nums)
}

fn main() {
    println!("{:?}", load(&["4", "5"]));
}
