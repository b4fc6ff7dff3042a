//! mistake: kept Python's f-string `f"{u.first} {u.last}"` for display names
//! offending: f"{u.first} {u.last}"
//! category: python-habit
use comprehensions::comp;

struct User {
    first: String,
    last: String,
}

fn main() {
    let users = vec![User { first: "Ann".into(), last: "Lee".into() }];
    let names: Vec<String> = comp![f"{u.first} {u.last}" for u in &users];
    println!("{names:?}");
}
