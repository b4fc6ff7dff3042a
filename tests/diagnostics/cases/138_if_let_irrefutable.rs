//! mistake: an irrefutable `if let y = x * 2` clause (meant a `let` clause)
//! offending: let y = x * 2
//! category: lint
use comprehensions::comp;

fn main() {
    let xs = vec![3, 4];
    let doubled = comp![y + 1 for x in xs if let y = x * 2];
    println!("{doubled:?}");
}
