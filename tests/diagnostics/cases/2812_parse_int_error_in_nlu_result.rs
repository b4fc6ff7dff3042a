//! mistake: mixed a `ParseIntError` `?` with the function's own `NluError` without converting it
//! offending: priority.trim().parse::<u8>()?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum NluError {
    UnknownIntent(String),
}

fn parse_intent(name: &str) -> Result<&str, NluError> {
    match name.trim() {
        "greet" | "bye" | "refund" => Ok(name.trim()),
        other => Err(NluError::UnknownIntent(other.to_string())),
    }
}

fn load_rules(config: &str) -> Result<Vec<(&str, u8)>, NluError> {
    comp![
        (parse_intent(name)?, priority.trim().parse::<u8>()?)
        for line in config.lines()
        if let Some((name, priority)) = line.split_once('=')
    ]
}

fn main() {
    println!("{:?}", load_rules("greet=1\nrefund=5\nbye=2"));
}
