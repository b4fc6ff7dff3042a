//! mistake: a handler returns `&str` names borrowed from rows it loaded into a local (Python returns the objects themselves)
//! offending: comp![r.name.as_str() for r in &rows]
//! category: ownership
use comprehensions::comp;

struct Row {
    name: String,
}

struct Db;

impl Db {
    fn query(&self) -> Vec<Row> {
        vec![Row { name: "ann".to_string() }]
    }
}

fn names(db: &Db) -> Vec<&str> {
    let rows = db.query();
    comp![r.name.as_str() for r in &rows]
}

fn main() {
    println!("{:?}", names(&Db));
}
