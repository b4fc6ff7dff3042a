//! mistake: a `String` column moved out of a borrowed ORM row into a DTO
//! offending: r.name
//! category: ownership
use comprehensions::comp;

struct Row {
    id: i64,
    name: String,
}

#[derive(Debug)]
struct UserDto {
    id: i64,
    name: String,
}

fn main() {
    let rows = vec![Row { id: 1, name: "ana".into() }, Row { id: 2, name: "bo".into() }];
    let dtos: Vec<UserDto> = comp![UserDto { id: r.id, name: r.name } for r in &rows];
    println!("{dtos:?} from {} rows", rows.len());
}
