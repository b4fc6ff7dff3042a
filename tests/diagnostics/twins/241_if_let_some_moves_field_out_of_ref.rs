//! mistake: `if let Some(email) = u.email` over `&users` (hand-written)
struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), email: Some("a@x.io".into()) }];
    let mut emails: Vec<String> = Vec::new();
    for u in &users {
        if let Some(email) = u.email {
            emails.push(email);
        }
    }
    println!("{emails:?} {}", users[0].name);
}
