//! mistake: called the consuming `u.phone.unwrap_or_default()` on a field of a borrowed user (Python's `u.phone or ""`)
//! offending: u.phone
//! category: ownership
struct User {
    name: String,
    phone: Option<String>,
}

fn main() {
    let users = vec![User { name: "ann".into(), phone: Some("555".into()) }, User { name: "bob".into(), phone: None }];
    let mut phones = Vec::new();
    for u in &users {
        phones.push((u.name.clone(), u.phone.unwrap_or_default()));
    }
    println!("{phones:?}");
}
