//! mistake: wrote a tuple element `mls, price` without its parentheses
//! offending: l.mls.as_str(), l.price
//! category: syntax
use comprehensions::comp;

struct Listing {
    mls: String,
    price: u64,
    waterfront: bool,
}

fn main() {
    let listings = vec![
        Listing { mls: "ME-1".into(), price: 890_000, waterfront: true },
        Listing { mls: "ME-2".into(), price: 340_000, waterfront: false },
    ];
    let waterfront = comp![l.mls.as_str(), l.price for l in &listings if l.waterfront];
    println!("{waterfront:?}");
}
