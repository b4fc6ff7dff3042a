//! mistake: an ORM row struct indexed like a Python dict row, `row["email"]`
//! offending: row["email"]
//! category: python-habit
struct Row {
    id: i64,
    email: String,
}

fn main() {
    let rows = vec![
        Row { id: 1, email: "ana@example.com".into() },
        Row { id: 2, email: "bo@example.com".into() },
    ];
    let mut emails: Vec<String> = Vec::new();
    for row in &rows {
        emails.push(row["email"].clone());
    }
    println!("{emails:?} ({} rows)", rows[0].id);
}
