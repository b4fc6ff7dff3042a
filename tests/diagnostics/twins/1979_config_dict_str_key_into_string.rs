//! mistake: built a `HashMap<String, String>` from a `key = value` config file but left the key a borrowed `&str` (`k.trim()`), converting only the value
//! offending: k.trim()
//! category: type
use std::collections::HashMap;

fn main() {
    let text = "host = example.org\nport = 8080\n";
    let mut cfg: HashMap<String, String> = HashMap::new();
    for line in text.lines() {
        if let Some((k, v)) = line.split_once('=') {
            cfg.insert(k.trim(), v.trim().to_string());
        }
    }
    println!("{cfg:?}");
}
