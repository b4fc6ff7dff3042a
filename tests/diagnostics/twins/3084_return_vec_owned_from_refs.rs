//! mistake: returned a filtered comprehension over a slice from a function declared to return owned listings
//! offending: collect()
//! category: type
#[derive(Debug, Clone)]
struct Listing {
    mls: String,
    price: u64,
}

fn under_budget(listings: &[Listing], max: u64) -> Vec<Listing> {
    listings.iter().filter(|l| l.price <= max).collect()
}

fn main() {
    let listings = vec![
        Listing { mls: "GA-1".into(), price: 275_000 },
        Listing { mls: "GA-2".into(), price: 515_000 },
    ];
    println!("{:?}", under_budget(&listings, 300_000));
}
