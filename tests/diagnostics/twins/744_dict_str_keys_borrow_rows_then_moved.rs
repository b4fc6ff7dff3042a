//! mistake: moves `rows` into a struct while a dict keyed by `&str` borrowed from it is still used
//! offending: Table { rows
//! category: ownership
use std::collections::HashMap;

struct Row {
    id: u32,
    name: String,
}

struct Table {
    rows: Vec<Row>,
    count: usize,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".to_string() }, Row { id: 2, name: "bob".to_string() }];
    let mut by_name = HashMap::new();
    for r in &rows {
        by_name.insert(r.name.as_str(), r.id);
    }
    let table = Table { rows, count: by_name.len() };
    println!("{} {}", table.count, by_name["ann"]);
}
