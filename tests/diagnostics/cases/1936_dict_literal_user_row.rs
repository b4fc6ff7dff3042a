//! mistake: built API rows as Python dict literals `{"id": u.id, "name": u.name}` inside a list comprehension
//! offending: {"id": u.id, "name": u.name.clone()}
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let rows = comp![{"id": u.id, "name": u.name.clone()} for u in &users];
    println!("{}", rows.len());
}
