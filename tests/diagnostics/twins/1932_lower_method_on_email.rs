//! mistake: normalised emails with Python's `u.email.lower()` in a set comprehension
//! offending: lower
//! category: python-habit
use std::collections::HashSet;

struct User {
    email: String,
}

fn main() {
    let users = vec![User { email: "Ann@X.io".into() }, User { email: "ann@x.io".into() }];
    let unique: HashSet<_> = users.iter().map(|u| u.email.lower()).collect();
    println!("{} unique", unique.len());
}
