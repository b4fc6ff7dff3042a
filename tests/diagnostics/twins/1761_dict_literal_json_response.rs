//! mistake: a Python dict literal `{"id": u.id, "name": u.name}` as each JSON-like response item
//! offending: {"id": u.id, "name": u.name.clone()}
//! category: python-habit

struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".to_string() }, User { id: 2, name: "bob".to_string() }];
    let mut body = Vec::new();
    for u in &users {
        body.push({"id": u.id, "name": u.name.clone()});
    }
    println!("{}", body.len());
}
