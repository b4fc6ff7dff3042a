//! mistake: wrote a tuple element without its parentheses
//! offending: u.id, u.handle.clone()
//! category: syntax
use comprehensions::comp;

struct User {
    id: u64,
    handle: String,
}

fn main() {
    let users = vec![User { id: 1, handle: "@ana".into() }, User { id: 2, handle: "@bo".into() }];
    let index = comp![u.id, u.handle.clone() for u in &users];
    println!("{index:?}");
}
