//! mistake: a word count `{w: words.count(w) for w in words}` with Python's `list.count`
//! offending: count
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let words: Vec<&str> = "a b a c b a".split(' ').collect();
    // Python: counts = {w: words.count(w) for w in words}
    let counts: HashMap<&str, usize> = comp!({w: words.count(w) for w in words.iter().copied()});
    println!("{counts:?}");
}
