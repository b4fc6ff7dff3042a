//! mistake: `cfg.get(k).unwrap_or("unset")` on a `HashMap<String, String>`: the default is a `&str`, the value a `&String`
//! offending: "unset"
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let cfg: HashMap<String, String> = HashMap::from([("host".to_string(), "db.local".to_string())]);
    // Python: settings = {k: cfg.get(k, "unset") for k in ("host", "port", "user")}
    let settings = comp!({k: cfg.get(k).unwrap_or("unset") for k in ["host", "port", "user"]});
    println!("{settings:?}");
}
