//! mistake: Python's `not` to negate a method call in a filter
//! offending: not
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["# header", "value = 1", "", "other = 2"];
    let settings = comp![l for l in lines if not l.starts_with('#') && !l.is_empty()];
    println!("{settings:?}");
}
