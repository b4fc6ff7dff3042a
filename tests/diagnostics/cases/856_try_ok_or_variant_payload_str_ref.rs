//! mistake: `ok_or(ConfigError::Missing(k))?` with `k: &str` where the variant holds a `String`
//! offending: Missing(k)
//! category: try
use comprehensions::comp;
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
        comp![self.lookup(k).ok_or(ConfigError::Missing(k))? for k in keys.iter().copied()]
    }
}

fn main() {
    let c = Config { values: HashMap::from([("host".to_string(), "localhost".to_string())]) };
    println!("{:?}", c.require(&["host", "port"]));
}
