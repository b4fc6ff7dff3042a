//! mistake: `for k, v in config.keys()`, two names over an iterator of keys
//! offending: k, v
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut config = HashMap::new();
    config.insert("debug".to_string(), "1".to_string());
    let flags = comp![format!("--{k}={v}") for k, v in config.keys()];
    println!("{flags:?}");
}
