//! mistake: used `?` on `line.split_once('=')` (an `Option`) while parsing a config in a function returning `Result<_, String>`
//! offending: line.split_once('=')?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn parse_config(text: &str) -> Result<HashMap<String, String>, String> {
    comp!({k.trim().to_string(): v.trim().to_string() for line in text.lines() let (k, v) = line.split_once('=')?})
}

fn main() {
    println!("{:?}", parse_config("a = 1\nb = 2"));
}
