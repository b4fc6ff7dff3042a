//! mistake: keyed a `HashMap<&str, u64>` of median prices by a cloned `String` city name
//! offending: c.name.clone()
//! category: type
use std::collections::HashMap;

struct CityStats {
    name: String,
    prices: Vec<u64>,
}

fn median(prices: &[u64]) -> u64 {
    let mut v = prices.to_vec();
    v.sort_unstable();
    v[v.len() / 2]
}

fn main() {
    let cities = vec![
        CityStats { name: "Boise".into(), prices: vec![410_000, 455_000, 389_000] },
        CityStats { name: "Nampa".into(), prices: vec![340_000, 362_000] },
    ];
    let mut medians: HashMap<&str, u64> = HashMap::new();
    for c in &cities {
        medians.insert(c.name.clone(), median(&c.prices));
    }
    println!("{medians:?}");
}
