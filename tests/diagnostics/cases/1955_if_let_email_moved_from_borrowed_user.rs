//! mistake: `if let Some(e) = u.email` on a borrowed user binds the `String` by value, moving it out of the shared reference (Python's `if (e := u.email)`)
//! offending: u.email
//! category: ownership
use comprehensions::comp;

struct User {
    email: Option<String>,
}

struct Mailer {
    users: Vec<User>,
}

impl Mailer {
    fn recipients(&self) -> Vec<String> {
        comp![e for u in &self.users if let Some(e) = u.email]
    }
}

fn main() {
    let m = Mailer { users: vec![User { email: Some("a@x.io".into()) }, User { email: None }] };
    println!("{:?}", m.recipients());
}
