//! mistake: `map.get(k)?` (an `Option`) inside a function returning `Result`
//! offending: comp![*services.get(name)? for name in wanted]?
//! category: try
use std::collections::HashMap;

use comprehensions::comp;

fn ports(services: &HashMap<&str, u16>, wanted: &[&str]) -> Result<Vec<u16>, String> {
    let found = comp![*services.get(name)? for name in wanted]?;
    Ok(found)
}

fn main() {
    let services = HashMap::from([("http", 80), ("ssh", 22)]);
    println!("{:?}", ports(&services, &["ssh"]));
}
