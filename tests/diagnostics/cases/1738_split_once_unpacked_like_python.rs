//! mistake: Python's `k, v = line.split("=", 1)` as a `let (k, v) = line.split_once('=')` clause, which returns an `Option`
//! offending: (k, v)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn parse_config(text: &str) -> HashMap<String, String> {
    comp!({k.trim().to_string(): v.trim().to_string() for line in text.lines() if !line.starts_with('#') let (k, v) = line.split_once('=')})
}

fn main() {
    let cfg = parse_config("# app\nport = 8080\nhost = localhost\n");
    println!("{cfg:?}");
}
