//! mistake: `[u.email if u.verified else None for u in users]`: Python's `None` in one branch, a plain `String` in the other
//! offending: None
//! category: python-habit
struct User {
    email: String,
    verified: bool,
}

fn main() {
    let users = vec![User { email: "a@x.io".into(), verified: true }, User { email: "b@x.io".into(), verified: false }];
    let contacts: Vec<_> = users.iter().map(|u| if u.verified { u.email.clone() } else { None }).collect();
    println!("{contacts:?}");
}
