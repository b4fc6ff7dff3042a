//! mistake: a missing comma between the two items of a tuple element
//! offending: r.id r.name
//! category: syntax
use comprehensions::comp;

struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }];
    let pairs = comp![(r.id r.name.clone()) for r in &rows];
    println!("{pairs:?}");
}
