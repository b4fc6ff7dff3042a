//! mistake: `c.email.unwrap()` over `&contacts` moves the `Option<String>` out of a borrowed struct (hand-written)
struct Contact {
    email: Option<String>,
}

fn main() {
    let contacts = vec![Contact { email: Some("a@x.org".into()) }, Contact { email: None }];
    let mut emails = Vec::new();
    for c in &contacts {
        if c.email.is_some() {
            emails.push(c.email.unwrap());
        }
    }
    println!("{emails:?} of {}", contacts.len());
}
