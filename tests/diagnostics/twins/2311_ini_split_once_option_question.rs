//! mistake: used `?` on the `Option` of `split_once` in a function that returns `Result`
//! offending: line.split_once('=')?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct ConfigError(String);

fn parse_section(body: &str) -> Result<HashMap<String, String>, ConfigError> {
    let mut cfg = HashMap::new();
    for line in body.lines() {
        if !line.trim().is_empty() && !line.starts_with(';') {
            let (k, v) = line.split_once('=')?;
            cfg.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    Ok(cfg)
}

fn main() {
    let body = "; redis\nbind = 127.0.0.1\nmaxmemory = 2gb\nthis line is broken\n";
    match parse_section(body) {
        Ok(cfg) => println!("{cfg:?}"),
        Err(ConfigError(e)) => eprintln!("config error: {e}"),
    }
}
