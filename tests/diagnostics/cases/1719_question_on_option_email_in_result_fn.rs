//! mistake: `?` on an `Option<String>` field inside a handler that returns `Result<_, String>` (Python would raise on None)
//! offending: u.email.clone()?
//! category: try
use comprehensions::comp;

struct User {
    name: String,
    email: Option<String>,
}

fn mailing_list(users: &[User]) -> Result<Vec<String>, String> {
    comp![u.email.clone()? for u in users]
}

fn main() {
    let users = vec![User { name: "ann".to_string(), email: Some("ann@example.com".to_string()) }];
    println!("{} {:?}", users[0].name, mailing_list(&users));
}
