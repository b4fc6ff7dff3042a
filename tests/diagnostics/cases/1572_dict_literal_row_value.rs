//! mistake: a Python dict literal as each output record, JSON-style
//! offending: {"id": id, "name": name}
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![(1, "ann"), (2, "bob")];
    let records = comp![{"id": id, "name": name} for (id, name) in &rows];
    println!("{}", records.len());
}
