//! mistake: the deprecated `trim_left` (Python's `lstrip`) in the element
//! offending: trim_left
//! category: lint
use comprehensions::comp;

fn main() {
    let lines = vec!["  a", "\tb"];
    let stripped = comp![l.trim_left() for l in &lines if !l.is_empty()];
    println!("{stripped:?}");
}
