//! mistake: `if let Some(p) in registry.get(name)`: `in` where `if let` needs `=`
//! offending: in registry
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let registry: HashMap<&str, u16> = HashMap::from([("api", 8080), ("db", 5432)]);
    let services = vec!["api", "cache", "db"];
    // Python: ports = [p for name in services if (p := registry.get(name)) is not None]
    let ports = comp![*p for name in &services if let Some(p) in registry.get(name)];
    println!("{ports:?}");
}
