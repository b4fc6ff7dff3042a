//! mistake: Python 2's `row.keys()[0]` to take a dict's "first" key (hand-written)
use std::collections::HashMap;

fn main() {
    let rows: Vec<HashMap<&str, i32>> = vec![HashMap::from([("id", 1)]), HashMap::from([("id", 2)])];
    let mut first_cols = Vec::new();
    for row in &rows {
        first_cols.push(row.keys()[0]);
    }
    println!("{first_cols:?}");
}
