//! mistake: `ok_or(ConfigError::Missing(k))?` with `k: &str` where the variant holds a `String`
//! offending: Missing(k)
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
}

struct Config {
    values: HashMap<String, String>,
}

impl Config {
    fn lookup(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }

    fn require(&self, keys: &[&str]) -> Result<Vec<String>, ConfigError> {
        let mut out = Vec::new();
        for k in keys.iter().copied() {
            out.push(self.lookup(k).ok_or(ConfigError::Missing(k))?);
        }
        Ok(out)
    }
}

fn main() {
    let c = Config { values: HashMap::from([("host".to_string(), "localhost".to_string())]) };
    println!("{:?}", c.require(&["host", "port"]));
}
