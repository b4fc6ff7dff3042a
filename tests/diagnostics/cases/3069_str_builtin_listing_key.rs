//! mistake: converted a numeric listing id to text with Python's `str(..)`
//! offending: str(l.id)
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Listing {
    id: u32,
    address: String,
}

fn main() {
    let listings = vec![
        Listing { id: 4021, address: "12 Elm St".into() },
        Listing { id: 4022, address: "98 Oak Ave".into() },
    ];
    let by_key: HashMap<String, &str> = comp!({str(l.id): l.address.as_str() for l in &listings});
    println!("{by_key:?}");
}
