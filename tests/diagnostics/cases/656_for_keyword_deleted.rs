//! mistake: deletes the `for` keyword, leaving `x in xs` after the element
//! offending: x in xs
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let doubled = comp![x * 2 x in xs];
    println!("{doubled:?}");
}
