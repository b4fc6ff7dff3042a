//! mistake: half-typed comprehension, only the element written so far (no `for` yet)
//! offending: l.trim()
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec![" a ", "b "];
    let cleaned = comp![l.trim()];
    println!("{cleaned:?} {lines:?}");
}
