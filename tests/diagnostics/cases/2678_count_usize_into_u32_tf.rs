//! mistake: stored `count()` (a `usize`) as the term frequency of a `HashMap<&str, u32>`
//! offending: tokens.iter().filter(|x| **x == t).count()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let tokens: Vec<&str> = "to be or not to be that is the question".split(' ').collect();
    let tf: HashMap<&str, u32> = comp!({t: tokens.iter().filter(|x| **x == t).count() for t in tokens.iter().copied()});
    println!("{tf:?}");
}
