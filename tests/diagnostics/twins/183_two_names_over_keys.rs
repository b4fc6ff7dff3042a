//! mistake: `for (k, v) in config.keys()` (hand-written)
//! offending: (k, v)
use std::collections::HashMap;

fn main() {
    let mut config = HashMap::new();
    config.insert("debug".to_string(), "1".to_string());
    let mut flags = Vec::new();
    for (k, v) in config.keys() {
        flags.push(format!("--{k}={v}"));
    }
    println!("{flags:?}");
}
