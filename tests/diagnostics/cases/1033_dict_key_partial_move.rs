//! mistake: the key `u.name` moves out of `u`, which is then the value (Python's `{u.name: u for u in users}` shares both)
//! offending: u
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    admin: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), admin: true }];
    let by_name = comp!({u.name: u for u in users});
    println!("{}", by_name.values().filter(|u| u.admin).count());
}
