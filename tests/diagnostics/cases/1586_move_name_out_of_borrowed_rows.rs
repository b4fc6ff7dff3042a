//! mistake: taking the `String` name column out of borrowed rows without `.clone()`, as Python shares references
//! offending: r.name
//! category: ownership
use comprehensions::comp;

struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }, Row { id: 2, name: "bob".into() }];
    let names: Vec<String> = comp![r.name for r in &rows];
    println!("{} {names:?}", rows[0].id);
}
