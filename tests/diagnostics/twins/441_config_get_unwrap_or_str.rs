//! mistake: `cfg.get(k).unwrap_or("unset")` on a `HashMap<String, String>`: the default is a `&str`, the value a `&String`
//! offending: "unset"
//! category: type
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<String, String> = HashMap::from([("host".to_string(), "db.local".to_string())]);
    let mut settings = HashMap::new();
    for k in ["host", "port", "user"] {
        settings.insert(k, cfg.get(k).unwrap_or("unset"));
    }
    println!("{settings:?}");
}
