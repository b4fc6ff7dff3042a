//! mistake: Python's `c in range(400, 600)` as `c in 400..600`
//! offending: c in 400..600
//! category: python-habit
use comprehensions::comp;

fn main() {
    let codes = vec![200, 404, 503];
    let errors = comp![c for c in &codes if c in 400..600];
    println!("{errors:?}");
}
