//! mistake: a tuple element without parentheses, `[x, x**2 for x in xs]` (Python: "did you forget parentheses around the comprehension target?")
//! offending: name, name.len()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let pairs = comp![name, name.len() for name in &names];
    println!("{pairs:?}");
}
