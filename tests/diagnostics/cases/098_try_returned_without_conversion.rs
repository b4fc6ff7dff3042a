//! mistake: returning a `?` comprehension directly where the function's error type needs `From` (no `Ok(..?)`)
//! offending: comp![s.parse::<u32>()? for s in fields]
//! category: try
use std::num::ParseIntError;

use comprehensions::comp;

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
    comp![s.parse::<u32>()? for s in fields]
}

fn main() {
    println!("{:?}", limits(&["1", "2"]));
}
