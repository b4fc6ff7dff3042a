//! mistake: a dict comprehension of `&str` keys assigned to `HashMap<String, usize>`
//! offending: w
//! category: type
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let text = "to be or not to be";
    let lengths: HashMap<String, usize> = comp!({w: w.len() for w in text.split(' ')});
    println!("{lengths:?}");
}
