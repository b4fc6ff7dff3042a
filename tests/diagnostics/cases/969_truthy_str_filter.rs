//! mistake: Python truthiness `if v` to keep config entries whose value is non-empty
//! offending: if v
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<String, String> = HashMap::from([
        ("host".to_string(), "localhost".to_string()),
        ("user".to_string(), String::new()),
    ]);
    let set_keys = comp![k.as_str() for (k, v) in &cfg if v];
    println!("{set_keys:?}");
}
