//! mistake: Python's `is None` to find users without an email
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("a@x.io".into()) },
        User { name: "bob".into(), email: None },
    ];
    let missing = comp![&u.name for u in &users if u.email is None];
    println!("{missing:?}");
}
