//! mistake: half-typed element, `u.` waiting for a completion
//! offending: u.
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
}

fn main() {
    let users = vec![User { name: "ann".into() }];
    let names = comp![u. for u in &users];
    println!("{}", names.len());
}
