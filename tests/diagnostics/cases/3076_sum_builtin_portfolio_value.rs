//! mistake: totalled each agent's portfolio with Python's `sum(..)` around a generator
//! offending: sum(l.price for l in &a.listings)
//! category: python-habit
use comprehensions::comp;

struct Listing {
    price: u64,
}

struct Agent {
    name: String,
    listings: Vec<Listing>,
}

fn main() {
    let agents = vec![
        Agent { name: "Maria".into(), listings: vec![Listing { price: 450_000 }, Listing { price: 610_000 }] },
        Agent { name: "Dev".into(), listings: vec![Listing { price: 299_000 }] },
    ];
    let totals = comp![(a.name.as_str(), sum(l.price for l in &a.listings)) for a in &agents];
    println!("{totals:?}");
}
