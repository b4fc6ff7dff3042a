//! mistake: a conditional dict key falls back to `-1` for a `u32` id, Python's sentinel
//! offending: -1
//! category: type
use std::collections::HashMap;

fn main() {
    let rows: Vec<(u32, &str)> = vec![(7, "a"), (0, "b")];
    let mut by_id = HashMap::new();
    for (id, name) in rows {
        by_id.insert(if id > 0 { id } else { -1 }, name);
    }
    println!("{by_id:?}");
}
