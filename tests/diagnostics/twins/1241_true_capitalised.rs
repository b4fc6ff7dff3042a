//! mistake: Python's `if u.verified == True`: Rust's boolean literals are lowercase `true`/`false`
//! offending: True
//! category: python-habit

struct Account {
    email: String,
    verified: bool,
}

struct Mailer {
    accounts: Vec<Account>,
}

impl Mailer {
    fn recipients(&self) -> Vec<&str> {
        self.accounts.iter().filter(|a| a.verified == True).map(|a| a.email.as_str()).collect()
    }
}

fn main() {
    let m = Mailer { accounts: vec![Account { email: "a@x.io".into(), verified: true }] };
    println!("{:?}", m.recipients());
}
