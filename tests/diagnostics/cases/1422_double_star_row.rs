//! mistake: Python's `UserDto(**row)` keyword unpacking of an ORM row, which Rust reads as a double dereference
//! offending: **row
//! category: python-habit
use comprehensions::comp;

struct Row {
    id: i64,
    name: String,
}

struct UserDto {
    id: i64,
    name: String,
}

impl UserDto {
    fn new(row: Row) -> Self {
        UserDto { id: row.id, name: row.name }
    }
}

fn main() {
    let rows = vec![Row { id: 1, name: "ana".into() }, Row { id: 2, name: "bo".into() }];
    let dtos: Vec<UserDto> = comp![UserDto::new(**row) for row in rows];
    for d in &dtos {
        println!("{} {}", d.id, d.name);
    }
}
