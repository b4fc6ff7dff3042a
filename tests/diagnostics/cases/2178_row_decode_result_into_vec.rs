//! mistake: collected the `Result`s of decoding database rows into a `Vec<User>` without handling the error
//! offending: User::from_row(row)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

type Row = HashMap<&'static str, String>;

#[derive(Debug)]
struct User {
    id: u64,
    email: String,
}

#[derive(Debug)]
struct DecodeError(&'static str);

impl User {
    fn from_row(row: &Row) -> Result<User, DecodeError> {
        let id = row.get("id").ok_or(DecodeError("id"))?.parse().map_err(|_| DecodeError("id"))?;
        let email = row.get("email").ok_or(DecodeError("email"))?.clone();
        Ok(User { id, email })
    }
}

fn main() {
    let rows: Vec<Row> = vec![
        HashMap::from([("id", "1".to_string()), ("email", "ana@example.com".to_string())]),
        HashMap::from([("id", "2".to_string()), ("email", "bo@example.com".to_string())]),
    ];
    let users: Vec<User> = comp![User::from_row(row) for row in &rows];
    println!("{users:?}");
}
