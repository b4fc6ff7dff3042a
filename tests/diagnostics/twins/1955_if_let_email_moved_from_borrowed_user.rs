//! mistake: `if let Some(e) = u.email` on a borrowed user binds the `String` by value, moving it out of the shared reference (Python's `if (e := u.email)`)
//! offending: u.email
//! category: ownership
struct User {
    email: Option<String>,
}

struct Mailer {
    users: Vec<User>,
}

impl Mailer {
    fn recipients(&self) -> Vec<String> {
        let mut out = Vec::new();
        for u in &self.users {
            if let Some(e) = u.email {
                out.push(e);
            }
        }
        out
    }
}

fn main() {
    let m = Mailer { users: vec![User { email: Some("a@x.io".into()) }, User { email: None }] };
    println!("{:?}", m.recipients());
}
