//! mistake: a dict comprehension over `&users` keyed by `(u.first, u.last)`, which moves both `String`s out of the borrowed user
//! offending: (u.first, u.last)
//! category: ownership
use comprehensions::comp;

struct User {
    first: String,
    last: String,
    age: u32,
}

fn main() {
    let users = vec![User { first: "Ada".into(), last: "Lovelace".into(), age: 36 }];
    let ages = comp!({(u.first, u.last): u.age for u in &users});
    println!("{ages:?} for {} users", users.len());
}
