//! offending: or
use std::collections::HashMap;

fn main() {
    let cfg = HashMap::from([("host", "db")]);
    let keys = ["host", "user"];
    let values: Vec<&str> = keys.iter().map(|k| cfg.get(k).copied() or "default").collect();
    println!("{values:?}");
}
