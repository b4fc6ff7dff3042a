//! mistake: indexed owned customers by name, moving `c.name` into the key and then the whole `c` into the value
//! offending: c.name, c
//! category: ownership
use std::collections::HashMap;

#[derive(Debug)]
struct Customer {
    name: String,
    tier: u8,
}

fn main() {
    let customers = vec![
        Customer { name: "Acme".into(), tier: 1 },
        Customer { name: "Globex".into(), tier: 2 },
    ];
    let mut by_name: HashMap<String, Customer> = HashMap::new();
    for c in customers {
        by_name.insert(c.name, c);
    }
    println!("{:?}", by_name.get("Acme"));
}
