//! mistake: a row loop variable declared `mut` for a normalisation step that was later removed
//! offending: mut row
//! category: lint
use comprehensions::comp;

struct Row {
    id: i64,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ana".into() }, Row { id: 2, name: "bo".into() }];
    let labels: Vec<String> = comp![format!("{}:{}", row.id, row.name) for mut row in rows];
    println!("{labels:?}");
}
