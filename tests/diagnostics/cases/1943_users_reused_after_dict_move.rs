//! mistake: built `{u.id: u for u in users}` by value, then iterated `users` again for a second comprehension (Python's list is still there)
//! offending: u in &users
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bob".into() }];
    let by_id = comp!({u.id: u for u in users});
    let names = comp![u.name.clone() for u in &users];
    println!("{by_id:?} {names:?}");
}
