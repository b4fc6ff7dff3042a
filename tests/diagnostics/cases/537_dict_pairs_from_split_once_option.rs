//! mistake: `{k: v for k, v in (l.split_once('=') for l in lines)}`: the pairs are `Option<(&str, &str)>`, unpacked as a tuple
//! offending: k, v
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "host=db\nport=5432";
    // Python: cfg = dict(l.split("=", 1) for l in text.splitlines())
    let cfg: HashMap<&str, &str> = comp!({k: v for k, v in text.lines().map(|l| l.split_once('='))});
    println!("{cfg:?}");
}
