//! mistake: half-typed comprehension, an `if` with its condition not written yet
//! offending: if]
//! category: syntax
use comprehensions::comp;

fn main() {
    let temps = vec![21.5, 35.2, 18.0];
    let hot = comp![t for t in &temps if];
    println!("{hot:?}");
}
