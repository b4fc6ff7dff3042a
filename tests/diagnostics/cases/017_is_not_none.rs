//! mistake: Python's `is not None` to test an Option
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

fn main() {
    let emails = vec![Some("a@x.org"), None, Some("c@y.org")];
    let present = comp![e for e in &emails if e is not None];
    println!("{present:?}");
}
