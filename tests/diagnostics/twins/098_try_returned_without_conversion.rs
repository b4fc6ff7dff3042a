//! mistake: returning a `?` comprehension directly where the function's error type needs `From` (no `Ok(..?)`) (hand-written)
//! offending: fields.iter().map(|s| s.parse::<u32>()).collect()
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn limits(fields: &[&str]) -> Result<Vec<u32>, ConfigError> {
    fields.iter().map(|s| s.parse::<u32>()).collect()
}

fn main() {
    println!("{:?}", limits(&["1", "2"]));
}
