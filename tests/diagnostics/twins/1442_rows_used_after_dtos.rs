//! mistake: ORM rows consumed by value into DTOs, then counted in the log line after
//! offending: rows.len()
//! category: ownership
struct Row {
    id: i64,
    name: String,
}

struct UserDto {
    id: i64,
    name: String,
}

fn to_dto(r: Row) -> UserDto {
    UserDto { id: r.id, name: r.name }
}

fn main() {
    let rows = vec![Row { id: 1, name: "ana".into() }, Row { id: 2, name: "bo".into() }];
    let mut dtos: Vec<UserDto> = Vec::new();
    for r in rows {
        dtos.push(to_dto(r));
    }
    println!("converted {} of {} rows, first {} {}", dtos.len(), rows.len(), dtos[0].id, dtos[0].name);
}
