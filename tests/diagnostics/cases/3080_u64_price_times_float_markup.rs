//! mistake: applied a 5% markup by multiplying a `u64` price by a float literal
//! offending: l.price * 1.05
//! category: type
use comprehensions::comp;

struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let listings = vec![
        Listing { mls: "CO-20".into(), price: 525_000 },
        Listing { mls: "CO-21".into(), price: 610_000 },
    ];
    let asking = comp!({l.mls.as_str(): l.price * 1.05 for l in &listings});
    println!("{asking:?}");
}
