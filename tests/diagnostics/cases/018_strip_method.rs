//! mistake: Python's `s.strip()` instead of `s.trim()`
//! offending: strip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = "  apples , pears ,plums ";
    let fruits = comp![s.strip() for s in raw.split(',')];
    println!("{fruits:?}");
}
