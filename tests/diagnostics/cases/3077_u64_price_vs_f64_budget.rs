//! mistake: compared a `u64` list price with a buyer budget computed as `f64`
//! offending: l.price <= budget
//! category: type
use comprehensions::comp;

struct Listing {
    mls: String,
    price: u64,
}

fn main() {
    let listings = vec![
        Listing { mls: "AZ-5".into(), price: 389_000 },
        Listing { mls: "AZ-6".into(), price: 455_000 },
    ];
    let annual_income = 120_000.0_f64;
    let budget = annual_income * 3.5;
    let affordable = comp![l.mls.as_str() for l in &listings if l.price <= budget];
    println!("{affordable:?}");
}
