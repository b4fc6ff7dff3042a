//! mistake: Python's `x or default` to fall back on a missing config value (Rust: `.unwrap_or(..)`)
//! offending: or
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cfg = HashMap::from([("host", "db")]);
    let keys = ["host", "user"];
    let values = comp![cfg.get(k).copied() or "default" for k in keys];
    println!("{values:?}");
}
