//! mistake: the query's rows iterated by value, then used for the response's total count (Python's loop does not consume its list)
//! offending: rows
//! category: ownership
use comprehensions::comp;

struct Row {
    name: String,
}

fn load_rows() -> Vec<Row> {
    vec![Row { name: "ann".to_string() }, Row { name: "bob".to_string() }]
}

fn main() {
    let rows = load_rows();
    let names = comp![r.name for r in rows];
    println!("showing {} of {}: {:?}", names.len(), rows.len(), names);
}
