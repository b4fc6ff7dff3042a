//! mistake: applied a price reduction inside the element while iterating `&listings` instead of `iter_mut()`
//! offending: l.price = l.price * 95 / 100
//! category: ownership
struct Listing {
    mls: String,
    price: u64,
    days_on_market: u32,
}

fn main() {
    let mut listings = vec![
        Listing { mls: "OH-1".into(), price: 240_000, days_on_market: 95 },
        Listing { mls: "OH-2".into(), price: 315_000, days_on_market: 12 },
    ];
    let mut reduced = Vec::new();
    for l in &listings {
        if l.days_on_market > 90 {
            l.price = l.price * 95 / 100;
            reduced.push(l.mls.clone());
        }
    }
    listings.retain(|l| l.price > 0);
    println!("{reduced:?}");
}
