//! mistake: mixed a `ParseIntError` `?` with the function's own `NluError` without converting it
//! offending: priority.trim().parse::<u8>()?
//! category: try

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
    let mut rules = Vec::new();
    for line in config.lines() {
        if let Some((name, priority)) = line.split_once('=') {
            rules.push((parse_intent(name)?, priority.trim().parse::<u8>()?));
        }
    }
    Ok(rules)
}

fn main() {
    println!("{:?}", load_rules("greet=1\nrefund=5\nbye=2"));
}
