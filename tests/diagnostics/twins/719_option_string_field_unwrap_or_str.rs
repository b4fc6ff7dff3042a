//! mistake: defaults an `Option<String>` field with a string literal, Python's `c.city or "unknown"`
//! offending: "unknown"
//! category: type
struct Customer {
    name: String,
    city: Option<String>,
}

fn main() {
    let customers = vec![
        Customer { name: "ann".to_string(), city: Some("paris".to_string()) },
        Customer { name: "bob".to_string(), city: None },
    ];
    let cities: Vec<_> = customers.into_iter().map(|c| c.city.unwrap_or("unknown")).collect();
    println!("{cities:?}");
}
