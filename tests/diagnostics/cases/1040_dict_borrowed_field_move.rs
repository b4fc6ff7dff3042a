//! mistake: a dict over `&users` moves `u.name` out of a borrowed struct as the value
//! offending: u.name
//! category: ownership
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".into() }];
    let names = comp!({u.id: u.name for u in &users});
    println!("{names:?} of {}", users.len());
}
