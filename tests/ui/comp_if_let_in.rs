// `if let .. in` for `if let .. =`: one error that says so (not Python's
// membership test).
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let registry: HashMap<&str, u16> = HashMap::from([("db", 5432)]);
    let services = vec!["db", "cache"];
    let _ports = comp![*p for name in &services if let Some(p) in registry.get(name)];
}
