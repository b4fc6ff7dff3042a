//! mistake: a comprehension with `cfg.get(k)?` (so an `Option`) followed by `?` in a `main` returning `Result<(), Box<dyn Error>>`
//! offending: comp![cfg.get(k)?.clone() for k in keys]?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let cfg: HashMap<&str, String> = [("host", "db".to_string()), ("port", "5432".to_string())].into_iter().collect();
    let keys = ["host", "port"];
    // Python: host, port = [cfg[k] for k in keys]   (KeyError if missing)
    let values = comp![cfg.get(k)?.clone() for k in keys]?;
    println!("{values:?}");
    Ok(())
}
