//! mistake: `cfg.get(k)?` (Option) and `.parse()?` (Result) in one comprehension
//! offending: cfg.get(k)?.parse::<u32>()?
//! category: try
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let cfg: HashMap<&str, &str> = HashMap::from([("workers", "4"), ("retries", "3")]);
    let keys = ["workers", "retries"];
    let values = comp![cfg.get(k)?.parse::<u32>()? for k in keys];
    println!("{values:?}");
}
