//! mistake: a Python dict literal as each output record, JSON-style
//! offending: {"id": id, "name": name}
//! category: python-habit
fn main() {
    let rows = vec![(1, "ann"), (2, "bob")];
    let records: Vec<_> = rows.iter().map(|(id, name)| {"id": id, "name": name}).collect();
    println!("{}", records.len());
}
