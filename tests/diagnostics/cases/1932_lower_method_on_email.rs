//! mistake: normalised emails with Python's `u.email.lower()` in a set comprehension
//! offending: lower
//! category: python-habit
use comprehensions::comp;

struct User {
    email: String,
}

fn main() {
    let users = vec![User { email: "Ann@X.io".into() }, User { email: "ann@x.io".into() }];
    let unique = comp!({u.email.lower() for u in &users});
    println!("{} unique", unique.len());
}
