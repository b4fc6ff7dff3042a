//! mistake: config merger: the dict value is `user.get(k).cloned()`, an `Option<String>`, where the merged map holds `String`s (Python's `user.get(k)` returned the value or None)
//! offending: user.get(k).cloned()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let defaults: HashMap<String, String> =
        HashMap::from([("port".into(), "80".into()), ("host".into(), "localhost".into())]);
    let user: HashMap<String, String> = HashMap::from([("port".into(), "8080".into())]);
    // Python: merged = {k: user.get(k) or v for k, v in defaults.items()}
    let merged: HashMap<String, String> = comp!({k.clone(): user.get(k).cloned() for k in defaults.keys()});
    println!("{merged:?}");
}
