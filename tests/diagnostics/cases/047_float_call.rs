//! mistake: Python's `float(s)` to parse
//! offending: float
//! category: python-habit
use comprehensions::comp;

fn main() {
    let cols = ["1.5", "2.25"];
    let values = comp![float(c) for c in cols];
    println!("{values:?}");
}
