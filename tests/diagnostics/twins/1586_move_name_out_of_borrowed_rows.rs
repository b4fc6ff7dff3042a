//! mistake: taking the `String` name column out of borrowed rows without `.clone()`, as Python shares references
//! offending: r.name
//! category: ownership
struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }, Row { id: 2, name: "bob".into() }];
    let names: Vec<String> = rows.iter().map(|r| r.name).collect();
    println!("{} {names:?}", rows[0].id);
}
