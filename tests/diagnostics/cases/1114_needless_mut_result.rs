//! mistake: `let mut` on a comprehension's result that is never mutated (Python lists are always mutable)
//! offending: mut squares
//! category: lint
use comprehensions::comp;

fn main() {
    let n = 5;
    let mut squares = comp![i * i for i in 1..=n];
    println!("{squares:?}");
}
