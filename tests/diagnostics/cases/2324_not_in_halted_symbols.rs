//! mistake: skipped halted symbols with Python's `not in` membership test
//! offending: not in
//! category: python-habit
use comprehensions::comp;
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
    let tradable = comp![(&s.symbol, s.strength) for s in &signals if s.symbol not in halted];
    println!("{tradable:?}");
}
