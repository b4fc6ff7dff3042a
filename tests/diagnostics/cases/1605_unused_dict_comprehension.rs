//! mistake: an id-to-name index built as a statement and never bound (the `let index =` forgotten)
//! offending: comp!({r.id: r.name.clone() for r in &rows})
//! category: lint
use comprehensions::comp;

struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }];
    comp!({r.id: r.name.clone() for r in &rows});
    println!("{} rows indexed", rows.len());
}
