//! mistake: wrote Python's capitalised `True` for a boolean literal
//! offending: True
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let params = vec!["self", "source", "offset"];
    let defined: HashMap<&str, bool> = comp!({p: True for &p in &params});
    println!("{defined:?}");
}
