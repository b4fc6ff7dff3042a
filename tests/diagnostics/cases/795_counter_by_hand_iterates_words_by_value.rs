//! mistake: Counter(words) by hand: the dict iterates `words` by value and its value borrows `words`
//! offending: words.iter()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let words = vec!["a", "b", "a"];
    let counts: HashMap<&str, usize> = comp!({w: words.iter().filter(|x| **x == w).count() for w in words});
    println!("{counts:?}");
}
