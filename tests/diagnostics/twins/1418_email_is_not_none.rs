//! mistake: Python's `is not None` on an `Option` column of an ORM row
//! offending: is not None
//! category: python-habit
struct Row {
    id: i64,
    email: Option<String>,
}

fn main() {
    let rows = vec![
        Row { id: 1, email: Some("ana@example.com".into()) },
        Row { id: 2, email: None },
    ];
    let mut with_email: Vec<i64> = Vec::new();
    for r in &rows {
        if r.email is not None {
            with_email.push(r.id);
        }
    }
    println!("{with_email:?}");
}
