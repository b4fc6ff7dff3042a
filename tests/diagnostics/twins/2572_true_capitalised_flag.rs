//! mistake: wrote Python's capitalised `True` for a boolean literal
//! offending: True
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let params = vec!["self", "source", "offset"];
    let mut defined: HashMap<&str, bool> = HashMap::new();
    for &p in &params {
        defined.insert(p, True);
    }
    println!("{defined:?}");
}
