//! mistake: an ORM row struct indexed like a Python dict row, `row["email"]`
//! offending: row["email"]
//! category: python-habit
use comprehensions::comp;

struct Row {
    id: i64,
    email: String,
}

fn main() {
    let rows = vec![
        Row { id: 1, email: "ana@example.com".into() },
        Row { id: 2, email: "bo@example.com".into() },
    ];
    let emails: Vec<String> = comp![row["email"].clone() for row in &rows];
    println!("{emails:?} ({} rows)", rows[0].id);
}
