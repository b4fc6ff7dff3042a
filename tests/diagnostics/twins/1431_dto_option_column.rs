//! mistake: a nullable `Option<String>` column copied into a DTO's `String` field
//! offending: r.email.clone()
//! category: type
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
    let dtos: Vec<UserDto> = rows.iter().map(|r| UserDto { id: r.id, email: r.email.clone() }).collect();
    println!("{dtos:?}");
}
