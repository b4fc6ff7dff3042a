//! offending: (k, v)
use std::collections::HashMap;

fn main() {
    let text = "host=db\nport=5432";
    let mut cfg: HashMap<&str, &str> = HashMap::new();
    for (k, v) in text.lines().map(|l| l.split_once('=')) {
        cfg.insert(k, v);
    }
    println!("{cfg:?}");
}
