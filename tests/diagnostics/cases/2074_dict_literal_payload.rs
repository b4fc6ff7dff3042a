//! mistake: built each JSON request payload as a Python dict literal `{"id": .., "email": ..}`
//! offending: {"id": u.id, "email": u.email.clone()}
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u64,
    email: String,
}

fn main() {
    let users = vec![
        User { id: 1, email: "a@example.com".into() },
        User { id: 2, email: "b@example.com".into() },
    ];
    let payloads = comp![{"id": u.id, "email": u.email.clone()} for u in &users];
    println!("{}", payloads.len());
}
