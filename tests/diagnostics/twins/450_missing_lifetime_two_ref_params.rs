//! mistake: returns `Vec<&str>` from a function with two reference parameters and no lifetime saying which one it borrows
//! offending: Vec<&str>
//! category: ownership
struct User {
    name: String,
    active: bool,
}

fn active_names(users: &[User], prefix: &str) -> Vec<&str> {
    users
        .iter()
        .filter(|u| u.active && u.name.starts_with(prefix))
        .map(|u| u.name.as_str())
        .collect()
}

fn main() {
    let users = vec![User { name: "alice".into(), active: true }, User { name: "bob".into(), active: false }];
    println!("{:?}", active_names(&users, "a"));
}
