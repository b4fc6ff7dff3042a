//! mistake: the deprecated `trim_left()` (from an old tutorial) in the element
//! offending: trim_left
//! category: lint
use comprehensions::comp;

fn main() {
    let lines = vec!["  indented", "\tcode"];
    let stripped = comp![l.trim_left() for l in &lines];
    println!("{stripped:?}");
}
