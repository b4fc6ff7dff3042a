//! mistake: builds a struct without one of its fields, as a Python dataclass with a default would allow
//! offending: User { name: n.to_string() }
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct User {
    name: String,
    active: bool,
}

fn main() {
    let names = ["ana", "bo", "cy"];
    let users = comp![User { name: n.to_string() } for n in names];
    println!("{:?}", users);
}
