//! offending: v.parse::<u16>()?
use std::collections::HashMap;

fn main() {
    let pairs = [("http", "80"), ("https", "443")];
    let mut ports: HashMap<String, u16> = HashMap::new();
    for (k, v) in pairs {
        ports.insert(k.to_string(), v.parse::<u16>()?);
    }
    println!("{:?}", ports.get("https"));
}
