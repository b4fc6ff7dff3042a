//! mistake: rounded the price per square foot with Python's `round(x, 2)`
//! offending: round(l.price as f64 / l.sqft as f64, 2)
//! category: python-habit
use std::collections::HashMap;

struct Listing {
    mls: String,
    price: u64,
    sqft: u32,
}

fn main() {
    let listings = vec![
        Listing { mls: "WA-310".into(), price: 815_000, sqft: 1_940 },
        Listing { mls: "WA-311".into(), price: 1_240_000, sqft: 2_605 },
    ];
    let mut ppsf = HashMap::new();
    for l in &listings {
        ppsf.insert(l.mls.clone(), round(l.price as f64 / l.sqft as f64, 2));
    }
    println!("{ppsf:?}");
}
