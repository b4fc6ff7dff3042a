//! mistake: Python's `if u.verified == True`: Rust's boolean literals are lowercase `true`/`false`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Account {
    email: String,
    verified: bool,
}

struct Mailer {
    accounts: Vec<Account>,
}

impl Mailer {
    fn recipients(&self) -> Vec<&str> {
        comp![a.email.as_str() for a in &self.accounts if a.verified == True]
    }
}

fn main() {
    let m = Mailer { accounts: vec![Account { email: "a@x.io".into(), verified: true }] };
    println!("{:?}", m.recipients());
}
