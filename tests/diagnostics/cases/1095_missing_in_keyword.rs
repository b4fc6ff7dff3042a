//! mistake: the `in` of a for clause forgotten while typing
//! offending: w words
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["red", "green"];
    let lens = comp![w.len() for w words];
    println!("{lens:?}");
}
