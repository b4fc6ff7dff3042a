//! mistake: moves `rows` into a struct while a dict keyed by `&str` borrowed from it is still used
//! offending: Table { rows
//! category: ownership
use comprehensions::comp;

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
    let by_name = comp!({r.name.as_str(): r.id for r in &rows});
    let table = Table { rows, count: by_name.len() };
    println!("{} {}", table.count, by_name["ann"]);
}
