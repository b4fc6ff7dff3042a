//! mistake: returns `Vec<&str>` from a function with two reference parameters and no lifetime saying which one it borrows
//! offending: Vec<&str>
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

// Python: def active_names(users, prefix): return [u.name for u in users if u.active and u.name.startswith(prefix)]
fn active_names(users: &[User], prefix: &str) -> Vec<&str> {
    comp![u.name.as_str() for u in users if u.active && u.name.starts_with(prefix)]
}

fn main() {
    let users = vec![User { name: "alice".into(), active: true }, User { name: "bob".into(), active: false }];
    println!("{:?}", active_names(&users, "a"));
}
