//! mistake: called Python's `enumerate(..)` builtin to number token positions
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tokens: Vec<&str> = "to be or not to be".split(' ').collect();
    let positions: Vec<(usize, &str)> = comp![(pos, *tok) for (pos, tok) in enumerate(tokens.iter())];
    println!("{positions:?}");
}
