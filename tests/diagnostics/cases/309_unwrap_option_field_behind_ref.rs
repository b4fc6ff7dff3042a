//! mistake: `c.email.unwrap()` over `&contacts` moves the `Option<String>` out of a borrowed struct
//! offending: c.email.unwrap()
//! category: ownership
use comprehensions::comp;

struct Contact {
    email: Option<String>,
}

fn main() {
    let contacts = vec![Contact { email: Some("a@x.org".into()) }, Contact { email: None }];
    // Python: [c.email for c in contacts if c.email is not None]
    let emails = comp![c.email.unwrap() for c in &contacts if c.email.is_some()];
    println!("{emails:?} of {}", contacts.len());
}
