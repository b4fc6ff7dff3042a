//! mistake: a list comprehension used only for its side effect (sending emails), its `Vec` discarded
//! offending: comp![send_welcome(u) for u in &new_users]
//! category: lint
use comprehensions::comp;

struct User {
    email: String,
}

fn send_welcome(u: &User) -> bool {
    println!("sending welcome mail to {}", u.email);
    true
}

fn main() {
    let new_users = vec![User { email: "ann@example.com".to_string() }];
    comp![send_welcome(u) for u in &new_users];
}
