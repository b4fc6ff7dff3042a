//! mistake: iterated the holdings map with Python's `.items()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let holdings: HashMap<String, f64> = HashMap::from([
        ("AAPL".to_string(), 18_950.0),
        ("TLT".to_string(), 9_120.0),
        ("GLD".to_string(), 4_300.0),
    ]);
    let total: f64 = holdings.values().sum();
    let weights: HashMap<&String, f64> = holdings
        .items()
        .map(|(sym, value)| (sym, value / total))
        .collect();
    println!("{weights:?}");
}
