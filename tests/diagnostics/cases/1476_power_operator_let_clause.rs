//! mistake: Python's power operator `x ** 2` in a binding clause
//! offending: x ** 2
//! category: syntax
use comprehensions::comp;

fn main() {
    let limit = 50;
    let squares = comp![sq for x in 1..20 let sq = x ** 2 if sq < limit];
    println!("{squares:?}");
}
