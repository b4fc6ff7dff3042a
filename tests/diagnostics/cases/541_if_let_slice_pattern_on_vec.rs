//! mistake: `if let [k, v] = parts` on a `Vec<&str>` from `split(..).collect()` (Python's `k, v = line.split("=")`); a Vec is not a slice pattern's scrutinee
//! offending: [k, v]
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "host=db\nport=5432\nbroken";
    // Python: {k: v for line in text.splitlines() if len(parts := line.split("=")) == 2 for k, v in [parts]}
    let cfg: HashMap<&str, &str> =
        comp!({k: v for line in text.lines() let parts: Vec<&str> = line.split('=').collect() if let [k, v] = parts});
    println!("{cfg:?}");
}
