//! mistake: Python's star unpacking `for (head, *tail) in rows` (hand-written)
use std::collections::HashMap;

fn main() {
    let rows = vec![vec!["id", "a", "b"], vec!["name", "c"]];
    let mut table = HashMap::new();
    for (head, *tail) in &rows {
        table.insert(head, tail);
    }
    println!("{table:?}");
}
