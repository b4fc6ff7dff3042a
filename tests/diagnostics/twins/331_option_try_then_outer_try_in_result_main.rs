//! mistake: collecting `Option`s and then `?` in a `main` returning `Result<(), Box<dyn Error>>` (hand-written)
//! offending: keys.iter().map(|k| cfg.get(k).cloned()).collect::<Option<Vec<_>>>()?
use std::collections::HashMap;
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let cfg: HashMap<&str, String> = [("host", "db".to_string()), ("port", "5432".to_string())].into_iter().collect();
    let keys = ["host", "port"];
    let values = keys.iter().map(|k| cfg.get(k).cloned()).collect::<Option<Vec<_>>>()?;
    println!("{values:?}");
    Ok(())
}
