//! mistake: converted a numeric listing id to text with Python's `str(..)`
//! offending: str(l.id)
//! category: python-habit
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
    let mut by_key: HashMap<String, &str> = HashMap::new();
    for l in &listings {
        by_key.insert(str(l.id), l.address.as_str());
    }
    println!("{by_key:?}");
}
