//! mistake: filtered on Python truthiness `if u.phone` with an `Option<String>` field
//! offending: u.phone
//! category: python-habit
struct User {
    name: String,
    phone: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), phone: Some("555".into()) }, User { name: "bob".into(), phone: None }];
    let mut sms_targets = Vec::new();
    for u in &users {
        if u.phone {
            sms_targets.push(u.name.clone());
        }
    }
    println!("{sms_targets:?}");
}
