//! mistake: Python's `max(a.balance, 0.0)` ported as `std::cmp::max` on `f64`s, which needs `Ord`
//! offending: max
//! category: type
use comprehensions::comp;
use std::cmp::max;

struct Account {
    balance: f64,
}

fn main() {
    let accounts = vec![Account { balance: -5.0 }, Account { balance: 12.5 }];
    let clamped = comp![max(a.balance, 0.0) for a in &accounts];
    println!("{clamped:?}");
}
