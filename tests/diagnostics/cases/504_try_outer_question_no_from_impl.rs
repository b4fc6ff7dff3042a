//! mistake: `Ok(comp![..]?)` into a custom error enum that has no `From<ParseIntError>` impl
//! offending: comp![v.parse::<u32>()? for v in vals]?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Invalid(String),
}

fn limits(vals: &[&str]) -> Result<Vec<u32>, ConfigError> {
    if vals.is_empty() {
        return Err(ConfigError::Missing("limits".into()));
    }
    Ok(comp![v.parse::<u32>()? for v in vals]?)
}

fn main() {
    println!("{:?}", limits(&["1", "x"]));
    let _ = ConfigError::Invalid(String::new());
}
