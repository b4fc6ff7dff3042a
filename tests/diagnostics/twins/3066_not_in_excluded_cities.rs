//! mistake: filtered with Python's `not in` against a list of excluded cities
//! offending: not in
//! category: python-habit
struct Listing {
    mls: String,
    city: String,
    price: u64,
}

fn main() {
    let listings = vec![
        Listing { mls: "TX-1001".into(), city: "Austin".into(), price: 450_000 },
        Listing { mls: "TX-1002".into(), city: "Round Rock".into(), price: 380_000 },
        Listing { mls: "TX-1003".into(), city: "Pflugerville".into(), price: 350_000 },
    ];
    let excluded = vec!["Round Rock".to_string(), "Cedar Park".to_string()];
    let visible: Vec<(&str, u64)> = listings
        .iter()
        .filter(|l| l.city not in excluded)
        .map(|l| (l.mls.as_str(), l.price))
        .collect();
    println!("{visible:?}");
}
