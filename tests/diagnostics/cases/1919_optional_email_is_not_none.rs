//! mistake: kept Python's `if u.email is not None` filter on an `Option<String>` field
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("ann@example.com".into()) },
        User { name: "bob".into(), email: None },
    ];
    let reachable = comp![u.name.clone() for u in &users if u.email is not None];
    println!("{reachable:?}");
}
