//! mistake: chained the price tier conditional with Python's `elif`
//! offending: elif
//! category: python-habit
struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let listings = vec![
        Listing { mls: "NY-1".into(), price: 2_400_000 },
        Listing { mls: "NY-2".into(), price: 780_000 },
        Listing { mls: "NY-3".into(), price: 310_000 },
    ];
    let mut tiers = Vec::new();
    for l in &listings {
        let tier = if l.price >= 1_500_000 { "luxury" } elif l.price >= 600_000 { "premium" } else { "standard" };
        tiers.push((l.mls.as_str(), tier));
    }
    println!("{tiers:?}");
}
