//! mistake: indexed owned customers by name, moving `c.name` into the key and then the whole `c` into the value
//! offending: c.name: c
//! category: ownership
use comprehensions::comp;
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
    // Python: by_name = {c.name: c for c in customers}
    let by_name: HashMap<String, Customer> = comp!({c.name: c for c in customers});
    println!("{:?}", by_name.get("Acme"));
}
