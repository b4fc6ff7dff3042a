//! mistake: computed whole shares affordable with Python's floor division `//`, a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;

struct Stock {
    ticker: &'static str,
    price: u64,
}

fn main() {
    let budget_cents: u64 = 1_000_000;
    let stocks = vec![Stock { ticker: "KO", price: 6_012 }, Stock { ticker: "PEP", price: 16_845 }];
    let shares = comp![(s.ticker, budget_cents // s.price) for s in &stocks];
    println!("{shares:?}");
}
