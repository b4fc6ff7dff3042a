//! mistake: left out `in` in the loop clause while typing `for w text.split_whitespace()`
//! offending: text
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = "one two three";
    let lens: Vec<usize> = comp![w.len() for w text.split_whitespace()];
    println!("{lens:?}");
}
