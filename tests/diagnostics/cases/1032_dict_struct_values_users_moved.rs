//! mistake: a dict comprehension over `users` by value moves the vector, which is used again afterwards
//! offending: users
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }, User { id: 2, name: "bo".into() }];
    let by_id = comp!({u.id: u for u in users});
    println!("{} users, {:?}", users.len(), by_id.get(&1).map(|u| &u.name));
}
