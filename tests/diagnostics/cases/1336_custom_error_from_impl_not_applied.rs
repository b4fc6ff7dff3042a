//! mistake: relying on `impl From<ParseIntError> for ConfigError` to convert a `?` inside a comprehension returned as `Result<Vec<u16>, ConfigError>` (no `From` inside a comprehension)
//! offending: s.parse::<u16>()?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    BadNumber(ParseIntError),
    Empty,
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

struct Config {
    raw: Vec<String>,
}

impl Config {
    fn ports(&self) -> Result<Vec<u16>, ConfigError> {
        if self.raw.is_empty() {
            return Err(ConfigError::Empty);
        }
        comp![s.parse::<u16>()? for s in &self.raw]
    }
}

fn main() {
    let c = Config { raw: vec!["80".into(), "443".into()] };
    println!("{:?}", c.ports());
}
