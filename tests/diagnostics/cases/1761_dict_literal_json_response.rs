//! mistake: a Python dict literal `{"id": u.id, "name": u.name}` as each JSON-like response item
//! offending: {"id": u.id, "name": u.name.clone()}
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".to_string() }, User { id: 2, name: "bob".to_string() }];
    let body = comp![{"id": u.id, "name": u.name.clone()} for u in &users];
    println!("{}", body.len());
}
