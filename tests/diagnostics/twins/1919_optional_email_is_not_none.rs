//! mistake: kept Python's `if u.email is not None` filter on an `Option<String>` field
//! offending: is not None
//! category: python-habit
struct User {
    name: String,
    email: Option<String>,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), email: Some("ann@example.com".into()) },
        User { name: "bob".into(), email: None },
    ];
    let mut reachable = Vec::new();
    for u in &users {
        if u.email is not None {
            reachable.push(u.name.clone());
        }
    }
    println!("{reachable:?}");
}
