//! mistake: totalled each agent's portfolio with Python's `sum(..)` around a generator
//! offending: sum(a.listings.iter().map(|l| l.price))
//! category: python-habit
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
    let totals: Vec<(&str, u64)> = agents
        .iter()
        .map(|a| (a.name.as_str(), sum(a.listings.iter().map(|l| l.price))))
        .collect();
    println!("{totals:?}");
}
