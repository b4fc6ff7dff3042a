//! mistake: config merger: the map's value is an `Option<String>` where `String` is expected (hand-written)
use std::collections::HashMap;

fn main() {
    let defaults: HashMap<String, String> =
        HashMap::from([("port".into(), "80".into()), ("host".into(), "localhost".into())]);
    let user: HashMap<String, String> = HashMap::from([("port".into(), "8080".into())]);
    let merged: HashMap<String, String> =
        defaults.keys().map(|k| (k.clone(), user.get(k).cloned())).collect();
    println!("{merged:?}");
}
