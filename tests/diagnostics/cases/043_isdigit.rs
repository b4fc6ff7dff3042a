//! mistake: Python's `s.isdigit()` on a `&str`
//! offending: isdigit
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens = "let x = 42 + y7 * 3".split(' ');
    let numbers = comp![t for t in tokens if t.isdigit()];
    println!("{numbers:?}");
}
