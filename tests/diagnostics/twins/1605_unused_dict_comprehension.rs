//! mistake: an id-to-name index built as a statement and never bound (the `let index =` forgotten)
//! offending: rows.iter().map(|r| (r.id, r.name.clone())).collect::<HashMap<_, _>>()
//! category: lint
use std::collections::HashMap;

struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }];
    rows.iter().map(|r| (r.id, r.name.clone())).collect::<HashMap<_, _>>();
    println!("{} rows indexed", rows.len());
}
