//! mistake: `if let Some(email) = u.email` over `&users` moves the `String` out of a borrowed struct
//! offending: u.email
//! category: ownership
use comprehensions::comp;

struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), email: Some("a@x.io".into()) }];
    // Python: emails = [u.email for u in users if u.email is not None]
    let emails: Vec<String> = comp![email for u in &users if let Some(email) = u.email];
    println!("{emails:?} {}", users[0].name);
}
