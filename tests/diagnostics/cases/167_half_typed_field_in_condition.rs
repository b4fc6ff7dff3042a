//! mistake: half-typed comprehension, a field access `u.` in the condition not finished
//! offending: u.]
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }];
    let names = comp![&u.name for u in &users if u.];
    println!("{names:?}");
}
