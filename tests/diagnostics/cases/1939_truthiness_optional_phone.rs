//! mistake: filtered on Python truthiness `if u.phone` with an `Option<String>` field
//! offending: u.phone
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    phone: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), phone: Some("555".into()) }, User { name: "bob".into(), phone: None }];
    let sms_targets = comp![u.name.clone() for u in &users if u.phone];
    println!("{sms_targets:?}");
}
