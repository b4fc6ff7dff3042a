//! mistake: `std::env::var(k)?` in a config loader returning a custom `ConfigError` with no conversion from `VarError`
//! offending: std::env::var(k)?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct ConfigError(String);

const KEYS: [&str; 3] = ["DATABASE_URL", "REDIS_URL", "PORT"];

fn load_env() -> Result<HashMap<String, String>, ConfigError> {
    let mut cfg = HashMap::new();
    for k in KEYS {
        cfg.insert(k.to_string(), std::env::var(k)?);
    }
    Ok(cfg)
}

fn main() {
    match load_env() {
        Ok(cfg) => println!("{cfg:?}"),
        Err(ConfigError(msg)) => eprintln!("config: {msg}"),
    }
}
