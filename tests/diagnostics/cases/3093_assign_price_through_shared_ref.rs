//! mistake: applied a price reduction inside the element while iterating `&listings` instead of `iter_mut()`
//! offending: l.price = l.price * 95 / 100
//! category: ownership
use comprehensions::comp;

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
    let reduced = comp![
        { l.price = l.price * 95 / 100; l.mls.clone() }
        for l in &listings
        if l.days_on_market > 90
    ];
    listings.retain(|l| l.price > 0);
    println!("{reduced:?}");
}
