//! mistake: Python's `k in config` to test a HashMap key
//! offending: in config
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let config: HashMap<&str, &str> = HashMap::from([("host", "db"), ("port", "5432")]);
    let required = ["host", "user", "port"];
    let missing = comp![k for k in required if !(k in config)];
    println!("{missing:?}");
}
