//! mistake: Python's `u.email is None` to find users without an email
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("ann@x.org".into()) },
        User { name: "bob".into(), email: None },
    ];
    // Python: missing = [u.name for u in users if u.email is None]
    let missing = comp![u.name.as_str() for u in &users if u.email is None];
    println!("{missing:?}");
}
