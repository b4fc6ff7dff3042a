//! mistake: a map over `&users` keyed by `(u.first, u.last)`, which moves both `String`s out of the borrowed user
//! offending: (u.first, u.last)
//! category: ownership
use std::collections::HashMap;

struct User {
    first: String,
    last: String,
    age: u32,
}

fn main() {
    let users = vec![User { first: "Ada".into(), last: "Lovelace".into(), age: 36 }];
    let ages: HashMap<_, _> = users.iter().map(|u| ((u.first, u.last), u.age)).collect();
    println!("{ages:?} for {} users", users.len());
}
