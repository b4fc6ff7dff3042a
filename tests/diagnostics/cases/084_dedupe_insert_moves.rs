//! mistake: Python's dedupe idiom `if x not in seen and not seen.add(x)`: `seen.insert(w)` moves `w` before the element uses it
//! offending: w
//! category: ownership
use std::collections::HashSet;

use comprehensions::comp;

fn main() {
    let words: Vec<String> = "a b a c b".split(' ').map(String::from).collect();
    let mut seen = HashSet::new();
    let unique = comp![w for w in words if seen.insert(w)];
    println!("{unique:?}");
}
