//! mistake: Python truthiness `if v` to keep config entries whose value is non-empty
//! offending: if v
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<String, String> = HashMap::from([
        ("host".to_string(), "localhost".to_string()),
        ("user".to_string(), String::new()),
    ]);
    let mut set_keys = Vec::new();
    for (k, v) in &cfg {
        if v {
            set_keys.push(k.as_str());
        }
    }
    println!("{set_keys:?}");
}
