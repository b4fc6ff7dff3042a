//! mistake: built an id index typed as owning the listings while iterating `&listings`
//! offending: l
//! category: type
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Listing {
    id: u32,
    address: String,
}

fn main() {
    let listings = vec![
        Listing { id: 9001, address: "1 Bay Rd".into() },
        Listing { id: 9002, address: "3 Cove Dr".into() },
    ];
    let mut by_id: HashMap<u32, Listing> = HashMap::new();
    for l in &listings {
        by_id.insert(l.id, l);
    }
    println!("{:?}", by_id.get(&9001));
}
