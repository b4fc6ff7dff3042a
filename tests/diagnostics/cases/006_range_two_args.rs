//! mistake: Python's `range(1, n + 1)` for a numeric range
//! offending: range
//! category: python-habit
use comprehensions::comp;

fn main() {
    let n = 5;
    let squares = comp![k * k for k in range(1, n + 1)];
    println!("{squares:?}");
}
