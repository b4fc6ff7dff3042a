//! mistake: taking `u.name` (a `String`) out of a borrowed struct without `.clone()` (hand-written)
struct User {
    name: String,
    admin: bool,
}

fn main() {
    let users = vec![User { name: "ana".into(), admin: true }, User { name: "bo".into(), admin: false }];
    let mut admins = Vec::new();
    for u in &users {
        if u.admin {
            admins.push(u.name);
        }
    }
    println!("{admins:?} of {}", users.len());
}
