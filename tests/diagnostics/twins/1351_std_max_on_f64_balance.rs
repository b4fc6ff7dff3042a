//! mistake: Python's `max(a.balance, 0.0)` ported as `std::cmp::max` on `f64`s, which needs `Ord`
//! offending: max
//! category: type
use std::cmp::max;

struct Account {
    balance: f64,
}

fn main() {
    let accounts = vec![Account { balance: -5.0 }, Account { balance: 12.5 }];
    let mut clamped = Vec::new();
    for a in &accounts {
        clamped.push(max(a.balance, 0.0));
    }
    println!("{clamped:?}");
}
