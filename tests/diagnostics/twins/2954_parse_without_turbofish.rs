//! mistake: wrote `parse<u32>()` without the turbofish when reading rate-limit settings
//! offending: parse<u32>()
//! category: syntax
use std::collections::HashMap;

fn main() {
    let config = "general=20\nrandom=5\nannouncements=1";
    let mut limits = HashMap::new();
    for line in config.lines() {
        if let Some((name, per_min)) = line.split_once('=') {
            limits.insert(name.to_string(), per_min.parse<u32>().unwrap());
        }
    }
    println!("{limits:?}");
}
