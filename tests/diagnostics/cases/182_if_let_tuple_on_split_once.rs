//! mistake: `if let (k, v) = line.split_once('=')`, forgetting that `split_once` returns an `Option`
//! offending: (k, v)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "host=localhost\nport=8080\n# comment";
    let config: HashMap<&str, &str> = comp!({k.trim(): v.trim() for line in text.lines() if let (k, v) = line.split_once('=')});
    println!("{config:?}");
}
