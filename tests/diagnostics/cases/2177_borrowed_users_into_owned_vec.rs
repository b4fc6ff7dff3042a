//! mistake: annotated the result as `Vec<User>` while iterating `&users`, so each element is a `&User`
//! offending: u
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone)]
struct User {
    id: u64,
    username: String,
    is_active: bool,
}

fn active_users(users: &[User]) -> Vec<User> {
    let active: Vec<User> = comp![u for u in users if u.is_active];
    active
}

fn main() {
    let users = vec![
        User { id: 1, username: "ana".to_string(), is_active: true },
        User { id: 2, username: "bo".to_string(), is_active: false },
    ];
    println!("{:?}", active_users(&users));
}
