//! mistake: returned `[u.name for u in users if u.active]` as `u.name.as_str()` from a function declared `-> Vec<String>`
//! offending: u.name.as_str()
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

fn display_names(users: &[User]) -> Vec<String> {
    comp![u.name.as_str() for u in users if u.active]
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }, User { name: "bob".into(), active: false }];
    println!("{:?}", display_names(&users));
}
