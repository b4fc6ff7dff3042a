//! mistake: iterating the rows by value to extract a column, then using the rows again for a count
//! offending: rows.len()
//! category: ownership
struct Row {
    name: String,
}

fn main() {
    let rows = vec![Row { name: "ann".into() }, Row { name: "bob".into() }];
    let mut names = Vec::new();
    for r in rows {
        names.push(r.name);
    }
    println!("{} rows: {names:?}", rows.len());
}
