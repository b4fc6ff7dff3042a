//! mistake: `format!(..).as_str()` as the element, returned as `Vec<&str>` (Python's strings are shared, Rust's `format!` is a temporary)
//! offending: format!("{} <{}>", u.name, u.email).as_str()
//! category: ownership

struct User {
    name: String,
    email: String,
}

fn recipients(users: &[User]) -> Vec<&str> {
    users.iter().map(|u| format!("{} <{}>", u.name, u.email).as_str()).collect()
}

fn main() {
    let users = vec![User { name: "Ann".to_string(), email: "ann@example.com".to_string() }];
    println!("{:?}", recipients(&users));
}
