//! mistake: a Python `#` comment at the end of a line inside a multi-line comprehension
//! offending: # skip disabled accounts
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![User { name: "ann".into(), active: true }, User { name: "bob".into(), active: false }];
    let active = comp![
        u.name.as_str()
        for u in &users
        if u.active  # skip disabled accounts
    ];
    println!("{active:?}");
}
