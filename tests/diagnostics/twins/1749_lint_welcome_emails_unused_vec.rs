//! mistake: a list comprehension used only for its side effect (sending emails), its `Vec` discarded
//! offending: new_users.iter().map(send_welcome).collect::<Vec<_>>()
//! category: lint

struct User {
    email: String,
}

fn send_welcome(u: &User) -> bool {
    println!("sending welcome mail to {}", u.email);
    true
}

fn main() {
    let new_users = vec![User { email: "ann@example.com".to_string() }];
    new_users.iter().map(send_welcome).collect::<Vec<_>>();
}
