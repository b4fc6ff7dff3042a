//! mistake: Python 2's `row.keys()[0]` to take a dict's "first" key (a HashMap has no order, and `keys()` is an iterator)
//! offending: row.keys()[0]
//! category: python-habit
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let rows: Vec<HashMap<&str, i32>> = vec![HashMap::from([("id", 1)]), HashMap::from([("id", 2)])];
    let first_cols = comp![row.keys()[0] for row in &rows];
    println!("{first_cols:?}");
}
