//! mistake: called the consuming `u.phone.unwrap_or_default()` on a field of a borrowed user (Python's `u.phone or ""`)
//! offending: u.phone
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    phone: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), phone: Some("555".into()) }, User { name: "bob".into(), phone: None }];
    let phones = comp![(u.name.clone(), u.phone.unwrap_or_default()) for u in &users];
    println!("{phones:?}");
}
