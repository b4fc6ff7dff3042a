//! mistake: used `?` on `line.split_once('=')` (an `Option`) while parsing a config in a function returning `Result<_, String>`
//! offending: line.split_once('=')?
//! category: try
use std::collections::HashMap;

fn parse_config(text: &str) -> Result<HashMap<String, String>, String> {
    let mut cfg = HashMap::new();
    for line in text.lines() {
        let (k, v) = line.split_once('=')?;
        cfg.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(cfg)
}

fn main() {
    println!("{:?}", parse_config("a = 1\nb = 2"));
}
