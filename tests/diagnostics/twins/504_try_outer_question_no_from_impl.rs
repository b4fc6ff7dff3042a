//! offending: collect::<Result<Vec<_>, _>>()?
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Invalid(String),
}

fn limits(vals: &[&str]) -> Result<Vec<u32>, ConfigError> {
    if vals.is_empty() {
        return Err(ConfigError::Missing("limits".into()));
    }
    Ok(vals.iter().map(|v| v.parse::<u32>()).collect::<Result<Vec<_>, _>>()?)
}

fn main() {
    println!("{:?}", limits(&["1", "x"]));
    let _ = ConfigError::Invalid(String::new());
}
