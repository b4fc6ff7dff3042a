//! mistake: `if let Some(p) in registry.get(name)`: `in` where `if let` needs `=`
//! offending: in registry
//! category: syntax
use std::collections::HashMap;

fn main() {
    let registry: HashMap<&str, u16> = HashMap::from([("api", 8080), ("db", 5432)]);
    let services = vec!["api", "cache", "db"];
    let mut ports = Vec::new();
    for name in &services {
        if let Some(p) in registry.get(name) {
            ports.push(*p);
        }
    }
    println!("{ports:?}");
}
