//! mistake: `if let (k, v) = line.split_once('=')` (hand-written)
use std::collections::HashMap;

fn main() {
    let text = "host=localhost\nport=8080\n# comment";
    let mut config: HashMap<&str, &str> = HashMap::new();
    for line in text.lines() {
        if let (k, v) = line.split_once('=') {
            config.insert(k.trim(), v.trim());
        }
    }
    println!("{config:?}");
}
