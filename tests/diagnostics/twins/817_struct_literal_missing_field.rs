//! mistake: builds a struct without one of its fields, as a Python dataclass with a default would allow
//! offending: User { name: n.to_string() }
//! category: type
#[derive(Debug)]
struct User {
    name: String,
    active: bool,
}

fn main() {
    let names = ["ana", "bo", "cy"];
    let mut users = Vec::new();
    for n in names {
        users.push(User { name: n.to_string() });
    }
    println!("{:?}", users);
}
