//! mistake: built each JSON request payload as a Python dict literal `{"id": .., "email": ..}`
//! offending: {"id": u.id, "email": u.email.clone()}
//! category: python-habit
struct User {
    id: u64,
    email: String,
}

fn main() {
    let users = vec![
        User { id: 1, email: "a@example.com".into() },
        User { id: 2, email: "b@example.com".into() },
    ];
    let payloads: Vec<_> = users.iter().map(|u| {"id": u.id, "email": u.email.clone()}).collect();
    println!("{}", payloads.len());
}
