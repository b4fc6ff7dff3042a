//! mistake: the `in` forgotten while typing the loop, `for w words`
//! offending: for w words
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "kiwi"];
    let lengths = comp![w.len() for w words];
    println!("{lengths:?}");
}
