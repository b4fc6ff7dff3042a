//! mistake: skipped halted symbols with Python's `not in` membership test
//! offending: not in
//! category: python-habit
use std::collections::HashSet;

struct Signal {
    symbol: String,
    strength: f64,
}

fn main() {
    let halted: HashSet<String> = HashSet::from(["GME".to_string(), "AMC".to_string()]);
    let signals = vec![
        Signal { symbol: "GME".to_string(), strength: 0.9 },
        Signal { symbol: "AAPL".to_string(), strength: 0.4 },
        Signal { symbol: "TSLA".to_string(), strength: -0.6 },
    ];
    let tradable: Vec<_> = signals
        .iter()
        .filter(|s| s.symbol not in halted)
        .map(|s| (&s.symbol, s.strength))
        .collect();
    println!("{tradable:?}");
}
