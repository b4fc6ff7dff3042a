//! mistake: called Python's builtin `enumerate(..)` instead of the iterator method `.enumerate()`
//! offending: enumerate(
//! category: python-habit
use comprehensions::comp;

fn main() {
    let seq = String::from("ACGTNNACGTTN");
    let masked = comp![i for i, b in enumerate(seq.chars()) if b == 'N'];
    println!("{masked:?}");
}
