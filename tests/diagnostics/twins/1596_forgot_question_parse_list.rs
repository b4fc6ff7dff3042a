//! mistake: forgot the `?` after `parse`, so the element is a `Result` where the `Vec<i64>` wants an `i64`
//! offending: f.parse::<i64>()
//! category: try
use std::num::ParseIntError;

fn load(fields: &[&str]) -> Result<Vec<i64>, ParseIntError> {
    let mut nums: Vec<i64> = Vec::new();
    for f in fields {
        nums.push(f.parse::<i64>());
    }
    Ok(nums)
}

fn main() {
    println!("{:?}", load(&["4", "5"]));
}
