//! mistake: Python's `abs(x)` as a free function
//! offending: abs
//! category: python-habit
use comprehensions::comp;

fn main() {
    let target = 100;
    let guesses = vec![90, 130, 101];
    let errors = comp![abs(g - target) for g in &guesses];
    println!("{errors:?}");
}
