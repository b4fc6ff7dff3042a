//! mistake: a nullable `Option<String>` column copied into a DTO's `String` field
//! offending: r.email.clone()
//! category: type
use comprehensions::comp;

struct Row {
    id: i64,
    email: Option<String>,
}

#[derive(Debug)]
struct UserDto {
    id: i64,
    email: String,
}

fn main() {
    let rows = vec![Row { id: 1, email: Some("ana@example.com".into()) }, Row { id: 2, email: None }];
    let dtos: Vec<UserDto> = comp![UserDto { id: r.id, email: r.email.clone() } for r in &rows];
    println!("{dtos:?}");
}
