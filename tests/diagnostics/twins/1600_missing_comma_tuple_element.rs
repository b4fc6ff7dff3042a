//! mistake: a missing comma between the two items of a tuple element
//! offending: r.id r.name
//! category: syntax
struct Row {
    id: u32,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ann".into() }];
    let pairs: Vec<_> = rows.iter().map(|r| (r.id r.name.clone())).collect();
    println!("{pairs:?}");
}
