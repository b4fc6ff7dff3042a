//! mistake: Python's `0 <= s <= 100` on `f64` scores with integer bounds
//! offending: 0 <= s <= 100
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![55.0, 101.5, 88.25];
    let valid = comp![s for s in scores if 0 <= s <= 100];
    println!("{valid:?}");
}
