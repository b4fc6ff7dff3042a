//! mistake: a dict-building loop that binds only one name of the pairs (hand-written)
use std::collections::HashMap;

fn main() {
    let pairs = vec![("host", "localhost"), ("port", "8080")];
    let mut config: HashMap<&str, &str> = HashMap::new();
    for k in pairs {
        config.insert(k, v);
    }
    println!("{config:?}");
}
