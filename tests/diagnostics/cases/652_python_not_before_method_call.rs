//! mistake: negates a method call with Python's `not` in a filter
//! offending: not
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "first\n\nsecond\n";
    let lines = comp![l.trim() for l in text.lines() if not l.is_empty()];
    println!("{lines:?}");
}
