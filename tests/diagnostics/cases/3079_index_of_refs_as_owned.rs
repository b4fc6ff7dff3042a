//! mistake: built an id index typed as owning the listings while iterating `&listings`
//! offending: l for l in &listings
//! category: type
use comprehensions::comp;
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
    let by_id: HashMap<u32, Listing> = comp!({l.id: l for l in &listings});
    println!("{:?}", by_id.get(&9001));
}
