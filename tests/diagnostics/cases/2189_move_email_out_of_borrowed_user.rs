//! mistake: moved the `email` `String` out of each borrowed `&User` to build a mailing list
//! offending: u.email
//! category: ownership
use comprehensions::comp;

struct User {
    id: u64,
    email: String,
    verified: bool,
}

fn mailing_list(users: &[User]) -> Vec<String> {
    comp![u.email for u in users if u.verified]
}

fn main() {
    let users = vec![
        User { id: 1, email: "ana@example.com".to_string(), verified: true },
        User { id: 2, email: "bo@example.com".to_string(), verified: false },
    ];
    println!("{:?} ({} users)", mailing_list(&users), users[0].id);
}
