//! mistake: Python's `", ".join([...])` written separator-first: `join` is a method of the list, `list.join(", ")`
//! offending: join
//! category: python-habit
use comprehensions::comp;

struct Query {
    columns: Vec<String>,
    table: String,
}

impl Query {
    fn sql(&self) -> String {
        let cols = ", ".join(comp![format!("\"{c}\"") for c in &self.columns]);
        format!("SELECT {cols} FROM {}", self.table)
    }
}

fn main() {
    let q = Query { columns: vec!["id".into(), "name".into()], table: "users".into() };
    println!("{}", q.sql());
}
