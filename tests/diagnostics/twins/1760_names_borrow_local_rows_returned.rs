//! mistake: a handler returns `&str` names borrowed from rows it loaded into a local (Python returns the objects themselves)
//! offending: rows.iter().map(|r| r.name.as_str()).collect()
//! category: ownership

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
    rows.iter().map(|r| r.name.as_str()).collect()
}

fn main() {
    println!("{:?}", names(&Db));
}
