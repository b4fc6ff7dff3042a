//! mistake: bucketed timestamps into minutes with Python's floor division `//`, which starts a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let events: Vec<(u64, f64)> = vec![(1_700_000_005, 21.0), (1_700_000_041, 21.4), (1_700_000_075, 22.0)];
    let per_minute: HashMap<u64, f64> = comp!({ts // 60: *c for (ts, c) in &events});
    println!("{per_minute:?}");
}
