//! mistake: taking `u.name` (a `String`) out of a borrowed struct without `.clone()`
//! offending: u.name
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    admin: bool,
}

fn main() {
    let users = vec![User { name: "ana".into(), admin: true }, User { name: "bo".into(), admin: false }];
    let admins = comp![u.name for u in &users if u.admin];
    println!("{admins:?} of {}", users.len());
}
