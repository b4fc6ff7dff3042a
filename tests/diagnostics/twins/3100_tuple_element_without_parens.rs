//! mistake: wrote a tuple element `mls, price` without its parentheses
//! offending: l.mls.as_str(), l.price
//! category: syntax
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
    let waterfront: Vec<(&str, u64)> = listings.iter().filter(|l| l.waterfront).map(|l| l.mls.as_str(), l.price).collect();
    println!("{waterfront:?}");
}
