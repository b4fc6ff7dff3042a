//! mistake: leaves a duplicated `for` after an edit
//! offending: for for
//! category: syntax
use comprehensions::comp;

fn main() {
    let squares = comp![x * x for for x in 1..10];
    println!("{squares:?}");
}
