//! mistake: Python's `", ".join([...])` written separator-first: `join` is a method of the list, `list.join(", ")`
//! offending: join
//! category: python-habit

struct Query {
    columns: Vec<String>,
    table: String,
}

impl Query {
    fn sql(&self) -> String {
        let cols = ", ".join(self.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>());
        format!("SELECT {cols} FROM {}", self.table)
    }
}

fn main() {
    let q = Query { columns: vec!["id".into(), "name".into()], table: "users".into() };
    println!("{}", q.sql());
}
