//! mistake: iterating the rows by value to extract a column, then using the rows again for a count
//! offending: rows.len()
//! category: ownership
use comprehensions::comp;

struct Row {
    name: String,
}

fn main() {
    let rows = vec![Row { name: "ann".into() }, Row { name: "bob".into() }];
    let names = comp![r.name for r in rows];
    println!("{} rows: {names:?}", rows.len());
}
