//! mistake: built API rows as Python dict literals `{"id": u.id, "name": u.name}` inside a list comprehension
//! offending: {"id": u.id, "name": u.name.clone()}
//! category: python-habit
struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let mut rows = Vec::new();
    for u in &users {
        rows.push({"id": u.id, "name": u.name.clone()});
    }
    println!("{}", rows.len());
}
