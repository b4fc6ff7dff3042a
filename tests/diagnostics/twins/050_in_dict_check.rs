//! mistake: Python's `k in config` to test a HashMap key (hand-written)
use std::collections::HashMap;

fn main() {
    let config: HashMap<&str, &str> = HashMap::from([("host", "db"), ("port", "5432")]);
    let required = ["host", "user", "port"];
    let mut missing = Vec::new();
    for k in required {
        if !(k in config) {
            missing.push(k);
        }
    }
    println!("{missing:?}");
}
