//! mistake: a Python dict literal {"id": .., "name": ..} as the element, for a JSON payload (Rust: a struct or a tuple)
//! offending: {"id": u.id, "name": u.name.clone()}
//! category: syntax
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".to_string() }];
    // Python: payload = [{"id": u.id, "name": u.name} for u in users]
    let payload = comp![{"id": u.id, "name": u.name.clone()} for u in &users];
    println!("{}", payload.len());
}
