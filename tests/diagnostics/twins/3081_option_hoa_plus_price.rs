//! mistake: added an optional monthly HOA fee to the mortgage payment without unwrapping it
//! offending: l.hoa_fee + monthly_mortgage(l.price)
//! category: type
struct Listing {
    mls: String,
    price: u64,
    hoa_fee: Option<u64>,
}

fn monthly_mortgage(price: u64) -> u64 {
    price * 6 / 1000
}

fn main() {
    let listings = vec![
        Listing { mls: "NV-1".into(), price: 410_000, hoa_fee: Some(240) },
        Listing { mls: "NV-2".into(), price: 365_000, hoa_fee: None },
    ];
    let mut monthly = Vec::new();
    for l in &listings {
        monthly.push((l.mls.as_str(), l.hoa_fee + monthly_mortgage(l.price)));
    }
    println!("{monthly:?}");
}
