//! mistake: `let (k, v) = line.split_once('=')?` in a config dict comprehension annotated `HashMap<&str, &str>` (the `?` makes it an `Option`)
//! offending: comp!({k.trim(): v.trim() for line in cfg.lines() let (k, v) = line.split_once('=')?})
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cfg = "host = db1\nport = 5432";
    // Python: conf = {k.strip(): v.strip() for k, v in (l.split("=", 1) for l in cfg.splitlines())}
    let conf: HashMap<&str, &str> = comp!({k.trim(): v.trim() for line in cfg.lines() let (k, v) = line.split_once('=')?});
    println!("{conf:?}");
}
