//! mistake: `line.split_once('=')?` in a loop in a `main` returning `()` (hand-written)
//! offending: ?
use std::collections::HashMap;

fn main() {
    let cfg = "host = db1\nport = 5432";
    let mut conf: HashMap<&str, &str> = HashMap::new();
    for line in cfg.lines() {
        let (k, v) = line.split_once('=')?;
        conf.insert(k.trim(), v.trim());
    }
    println!("{conf:?}");
}
