//! mistake: `map.get(k)?` (an `Option`) inside a function returning `Result` (hand-written)
//! offending: services.get(name)?
use std::collections::HashMap;

fn ports(services: &HashMap<&str, u16>, wanted: &[&str]) -> Result<Vec<u16>, String> {
    let mut found = Vec::new();
    for name in wanted {
        found.push(*services.get(name)?);
    }
    Ok(found)
}

fn main() {
    let services = HashMap::from([("http", 80), ("ssh", 22)]);
    println!("{:?}", ports(&services, &["ssh"]));
}
