//! mistake: importing both macros as the README's first line shows, `use comprehensions::{comp, acomp};`, in a program that only uses `comp!`
//! offending: acomp
//! category: lint
use comprehensions::{acomp, comp};

fn main() {
    let xs = vec![1, 2, 3];
    let doubled = comp![x * 2 for x in xs];
    println!("{doubled:?}");
}
